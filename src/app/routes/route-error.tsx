import { AppLink as Link } from '@/components/ui/app-link';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';

/** Last line of defence: whatever broke, a sentence and two ways out, never a stack. */
export function RouteError() {
  return (
    <main className="mx-auto max-w-xl p-4">
      <div role="alert" className="rounded-xl border border-red-200 bg-white p-6 shadow-sm">
        <PageTitle>Something went wrong</PageTitle>
        <h1 className="text-xl font-semibold text-slate-900">Something went wrong</h1>
        <p className="mt-2 text-sm text-slate-700">The page could not be shown. Reloading usually fixes it.</p>
        <div className="mt-4 flex flex-wrap gap-4">
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white"
          >
            Reload
          </button>
          <Link to={paths.home} className="self-center font-medium text-brand-700 underline">
            Open a recording
          </Link>
        </div>
      </div>
    </main>
  );
}
