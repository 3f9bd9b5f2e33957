import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';

import { cn } from '@/components/ui/cn';
import { paths } from '@/config/paths';
import { tokenStore } from '@/lib/token-store';

import { recordingQueries } from '../api/get-recording';
import { parsePanelFlags } from '../panels';
import { extractRecordingId, recordingIdProblem } from '../recording-id';

/** Opens a recording from its ID or a link holding one: on the home page, and in the inbox's header. */
export function OpenRecordingForm({ compact = false }: { compact?: boolean }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const inputId = useId();
  const hintId = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const { id, problem: pasteProblem } = extractRecordingId(value);
    const problem = pasteProblem ?? recordingIdProblem(id);
    if (problem || !id) {
      setError(problem);
      return;
    }
    // Start the request with the navigation rather than when the page mounts.
    if (tokenStore.token()) void queryClient.prefetchQuery(recordingQueries.detail(id, parsePanelFlags(new URLSearchParams())));
    navigate(paths.recording(id));
  }

  return (
    <form onSubmit={submit} noValidate className={compact ? 'space-y-1' : 'mt-4 space-y-3'}>
      <label
        htmlFor={inputId}
        className={compact ? 'block text-xs font-medium text-slate-700' : 'block text-sm font-medium text-slate-800'}
      >
        Recording ID or link
      </label>
      <div className={cn('flex gap-2', compact ? 'flex-row' : 'flex-col sm:flex-row')}>
        <input
          id={inputId}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
          aria-describedby={error ? hintId : undefined}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          className={cn(
            'min-w-0 flex-1 rounded-md border border-slate-300 px-3 text-base focus:border-brand-600 focus:outline-2 focus:outline-brand-600',
            compact ? 'py-1.5 sm:text-sm lg:w-72' : 'py-2',
          )}
        />
        <button
          type="submit"
          className={cn('rounded-md bg-brand-700 font-medium text-white hover:bg-brand-900', compact ? 'px-3 py-1.5 text-sm' : 'px-4 py-2')}
        >
          Open
        </button>
      </div>
      {error && (
        <p id={hintId} role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
