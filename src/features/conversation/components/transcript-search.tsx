import { ChevronDown, ChevronUp, Search } from 'lucide-react';
import { useId } from 'react';

import type { useTranscriptSearch } from '../hooks/use-transcript-search';

type Props = { search: ReturnType<typeof useTranscriptSearch>; onNavigate: () => void; onRetry: () => void };

const stepButton =
  'inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 ' +
  'focus-visible:outline-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-40';

export function TranscriptSearch({ search, onNavigate, onRetry }: Props) {
  const countId = useId();
  const hasMatches = search.matches.length > 0;
  const go = (direction: 'next' | 'previous') => {
    onNavigate();
    if (direction === 'next') search.next();
    else search.previous();
  };

  return (
    <div role="search" className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">
      <div className="relative min-w-0 flex-1 basis-24 sm:basis-48">
        <Search aria-hidden="true" size={16} className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-500" />
        <input
          type="search"
          aria-label="Search transcript"
          aria-describedby={countId}
          placeholder="Search transcript"
          value={search.query}
          onChange={(event) => {
            onNavigate();
            search.setQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            event.preventDefault();
            go(event.shiftKey ? 'previous' : 'next');
          }}
          className="w-full rounded-md border border-slate-300 bg-white py-1.5 pr-2 pl-8 text-sm placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-brand-600"
        />
      </div>
      <div className="flex items-center gap-1">
        {/* Not live: it changes with every page that arrives. The status below speaks for it. */}
        <span id={countId} className="min-w-[4.5rem] text-right text-sm text-slate-700 tabular-nums sm:min-w-[5.5rem]">
          {search.label}
        </span>
        <span role="status" className="sr-only">
          {search.announcement}
        </span>
        <button
          type="button"
          className={stepButton}
          disabled={!hasMatches}
          onClick={() => go('previous')}
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
        >
          <ChevronUp aria-hidden="true" size={18} />
        </button>
        <button
          type="button"
          className={stepButton}
          disabled={!hasMatches}
          onClick={() => go('next')}
          aria-label="Next match"
          title="Next match (Enter)"
        >
          <ChevronDown aria-hidden="true" size={18} />
        </button>
      </div>
      {search.searching && search.partial && (
        <p className="basis-full text-sm text-slate-700">
          Only the lines loaded were searched: the rest of the transcript could not be loaded.{' '}
          <button type="button" onClick={onRetry} className="font-medium text-brand-700 underline">
            Search the rest
          </button>
        </p>
      )}
    </div>
  );
}
