import { EmptyState } from '@/components/ui/panel';

export function SummaryPanel({ summary, processing }: { summary: string | null | undefined; processing: boolean }) {
  const text = summary?.trim();
  if (!text) {
    return <EmptyState>{processing ? 'The summary will appear when Siro finishes processing.' : 'No summary for this recording.'}</EmptyState>;
  }
  return (
    <div className="space-y-3 text-[15px] leading-relaxed text-slate-800">
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
