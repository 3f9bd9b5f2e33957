import { AppLink as Link } from '@/components/ui/app-link';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <div className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <PageTitle>Page not found</PageTitle>
      <h1 className="text-xl font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 text-sm text-slate-700">This address is not a page of the recording dashboard.</p>
      <Link to={paths.home} className="mt-4 inline-block font-medium text-brand-700 underline underline-offset-2">
        Open a recording
      </Link>
    </div>
  );
}
