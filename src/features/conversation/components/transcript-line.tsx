import { CircleAlert, EyeOff } from 'lucide-react';
import { memo, type ReactNode } from 'react';

import { cn } from '@/components/ui/cn';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { rowClass } from '@/components/ui/long-list';
import { clipText, MAX_SHOWN } from '@/lib/clip-text';
import { formatTimestamp } from '@/lib/format-timestamp';
import { momentUrl } from '@/lib/moment-url';
import { redactToken } from '@/lib/redact';
import { tokenStore } from '@/lib/token-store';

import type { Utterance } from '../api/utterances-schema';
import type { LineMatch } from '../hooks/use-transcript-search';
import type { SeekMarker } from '../seek-markers';
import type { Speaker } from '../speakers';
import { isLowConfidence, visibleText } from '../transcript-lines';
import { HighlightedText } from './highlighted-text';
import { SeekMarkerButton } from './seek-marker-button';

/** What a route-supplied action beside a line (Comment on this line) is told about it. */
export type LineInfo = { index: number; startMs: number; endMs: number };
export type LineAction = (line: LineInfo) => ReactNode;

type Props = {
  line: Utterance;
  index: number;
  count: number;
  speaker: Speaker;
  active: boolean;
  matches: readonly LineMatch[] | undefined;
  /** The current match's index when it is on this line, else -1 (so other lines do not re-render). */
  currentMatch: number;
  onSeek: (ms: number) => void;
  /** The moments marked from this line on (comments, Moments), each a button that seeks to it. */
  markers?: readonly SeekMarker[];
  action?: LineAction;
};

/** One line: a button that plays the audio from where it starts, a link to that moment, and what marks it. */
export const TranscriptLine = memo(function TranscriptLine(props: Props) {
  const { line, index, count, speaker, active, matches, currentMatch, onSeek, markers, action } = props;
  // Cut, not "Show more": the line is a button already. The transcript export has every word.
  const shown = clipText(redactToken(visibleText(line), tokenStore.token()), MAX_SHOWN);
  const text = shown.text;
  const low = isLowConfidence(line);
  const at = formatTimestamp(line.startMs);
  return (
    <li className={cn(rowClass(count), 'group flex items-start gap-1')}>
      <button
        type="button"
        data-line={index}
        aria-current={active ? 'true' : undefined}
        onClick={() => onSeek(line.startMs)}
        className={cn(
          'grid w-full min-w-0 grid-cols-[3.25rem_minmax(0,1fr)] gap-x-2 rounded-md border-l-4 px-2 py-1.5 text-left',
          // Inside the button: the scroll box would clip a ring drawn around it.
          'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600',
          speaker.border,
          active ? 'bg-brand-50' : 'hover:bg-slate-50',
        )}
      >
        <span className="pt-0.5 text-xs text-slate-600 tabular-nums">{at}</span>
        <span className="min-w-0">
          <span className={cn('text-sm font-semibold', speaker.text)}>{speaker.name}</span>
          {low && (
            <span
              role="img"
              aria-label={`Low confidence (${Math.round(line.confidence! * 100)}%)`}
              title="Siro was not sure of these words"
              className="ml-1.5 inline-flex align-[-2px] text-amber-700"
            >
              <CircleAlert aria-hidden="true" size={14} />
            </span>
          )}
          {line.redacted && (
            <span className="ml-2 inline-flex items-center gap-1 rounded bg-slate-100 px-1.5 text-xs font-medium text-slate-700">
              <EyeOff aria-hidden="true" size={12} />
              Redacted
            </span>
          )}
          {text && (
            <span
              className={cn(
                'block text-[15px] leading-relaxed',
                line.redacted ? 'text-slate-600 italic' : 'text-slate-800',
                low && 'underline decoration-amber-600 decoration-dotted underline-offset-4',
              )}
            >
              <HighlightedText text={text} matches={matches} current={currentMatch} />
              {shown.hidden > 0 && (
                <span className="text-sm text-slate-600"> ({shown.hidden.toLocaleString('en-US')} more characters in the export)</span>
              )}
            </span>
          )}
        </span>
      </button>
      <span className="flex shrink-0 flex-col items-center gap-1 pt-1 print:hidden">
        {markers?.map((marker) => (
          <SeekMarkerButton key={marker.id} marker={marker} onSeek={onSeek} />
        ))}
        {action?.({ index, startMs: line.startMs, endMs: line.endMs ?? line.startMs })}
        <CopyLinkButton
          url={() => momentUrl(window.location, line.startMs)}
          label={`Copy link at ${at}`}
          quiet
          className="opacity-0 group-hover:opacity-100 focus-visible:-outline-offset-2 focus-visible:opacity-100 pointer-coarse:opacity-100"
        />
      </span>
    </li>
  );
});
