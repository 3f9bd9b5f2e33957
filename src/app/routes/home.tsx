import { PageTitle } from '@/components/ui/page-title';
import { OpenRecordingForm } from '@/features/recordings/components/open-recording-form';

/** Signed out, `/` is the Open form; signed in, it is the inbox (router.tsx). */
export function HomeRoute() {
  return (
    <div className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <PageTitle>Open a recording</PageTitle>
      <h1 className="text-xl font-semibold text-slate-900">Open a recording</h1>
      <p className="mt-1 text-sm text-slate-600">Paste a recording ID, or a Siro or CRM link that contains one.</p>
      <OpenRecordingForm />
    </div>
  );
}
