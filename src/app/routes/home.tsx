import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { tokenStore } from '@/lib/token-store';
import { recordingQueryOptions } from '@/features/recordings/api/get-recording';
import { parsePanelFlags } from '@/features/recordings/panels';
import { paths } from '@/config/paths';
import { extractRecordingId, recordingIdProblem } from '@/features/recordings/recording-id';
import { PageTitle } from '@/components/ui/page-title';

export function HomeRoute() {
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
    if (tokenStore.token()) void queryClient.prefetchQuery(recordingQueryOptions(id, parsePanelFlags(new URLSearchParams())));
    navigate(paths.recording(id));
  }

  return (
    <div className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <PageTitle>Open a recording</PageTitle>
      <h1 className="text-xl font-semibold text-slate-900">Open a recording</h1>
      <p className="mt-1 text-sm text-slate-600">Paste a recording ID, or a Siro or CRM link that contains one.</p>
      <form onSubmit={submit} noValidate className="mt-4 space-y-3">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          Recording ID or link
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
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
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-base focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
          />
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
            Open
          </button>
        </div>
        {error && (
          <p id={hintId} role="alert" className="text-sm text-red-800">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
