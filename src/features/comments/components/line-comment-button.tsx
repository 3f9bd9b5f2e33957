import { cn } from '@/components/ui/cn';
import { MessageSquarePlusIcon } from '@/components/ui/icons/message-square-plus';
import { formatTimestamp } from '@/lib/format-timestamp';

import { useComposer, useComposerState } from '../composer';

type Props = { startMs: number; endMs: number };

/** Beside each transcript line: comment on it, or stretch the lines already picked to it. */
export function LineCommentButton({ startMs, endMs }: Props) {
  const composer = useComposer();
  const state = useComposerState((composerState) => {
    const anchor = composerState.anchor;
    if (!anchor?.fromLines) return 'none';
    return startMs >= anchor.startMs && startMs <= anchor.endMs ? 'picked' : 'extend';
  });
  const at = formatTimestamp(startMs);
  const label = state === 'extend' ? `Extend the comment to the line at ${at}` : `Comment on the line at ${at}`;
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={state === 'picked'}
      onClick={() => composer.pickLine(startMs, endMs)}
      className={cn(
        'inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-brand-700',
        'focus-visible:outline-2 focus-visible:outline-brand-600',
        state === 'picked' && 'bg-brand-50 text-brand-700 ring-1 ring-brand-600',
      )}
    >
      <MessageSquarePlusIcon />
    </button>
  );
}
