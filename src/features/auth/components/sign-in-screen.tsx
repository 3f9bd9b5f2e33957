import { useId, useState, type FormEvent } from 'react';

import { PageTitle } from '@/components/ui/page-title';
import { tokenStore, type SignInNotice } from '@/lib/token-store';

import { tokenProblem } from '../token-problem';

const NOTICES: Record<Exclude<SignInNotice, null>, string> = {
  expired: 'Siro rejected your token or it has expired (tokens last 16 hours). Paste a new one to continue.',
  'signed-out': 'You are signed out.',
};

/** Asks for the token in place, so the URL (and the recording it names) stays as it is. */
export default function SignInScreen({ notice }: { notice: SignInNotice }) {
  const tokenId = useId();
  const hintId = useId();
  const errorId = useId();
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = tokenProblem(token);
    if (problem) {
      setError(problem);
      return;
    }
    tokenStore.signIn(token, remember);
  }

  return (
    <div className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <PageTitle>Sign in</PageTitle>
      <h1 className="text-xl font-semibold text-slate-900">Sign in to Siro</h1>
      {notice && (
        <p role="alert" className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {NOTICES[notice]}
        </p>
      )}
      <form onSubmit={submit} noValidate className="mt-4 space-y-4">
        <div>
          <label htmlFor={tokenId} className="block text-sm font-medium text-slate-800">
            Siro API token
          </label>
          <input
            id={tokenId}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(event) => {
              setToken(event.target.value);
              setError(null);
            }}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            aria-invalid={error ? true : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
          />
          {/* Always in the page, so screen readers announce a message as it appears. */}
          <p id={errorId} aria-live="assertive" className="text-sm font-medium text-red-700 [&:not(:empty)]:mt-1">
            {error}
          </p>
          <p id={hintId} className="mt-1 text-sm text-slate-600">
            Your company’s Siro integration gives you this token. It is kept in this tab only, unless you choose otherwise.
          </p>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={remember}
            onChange={(event) => setRemember(event.target.checked)}
            className="h-4 w-4 accent-brand-700"
          />
          Remember on this device
        </label>
        <button
          type="submit"
          className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          Connect
        </button>
      </form>
    </div>
  );
}
