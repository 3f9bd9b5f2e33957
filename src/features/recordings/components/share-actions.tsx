import { useEffect, useId, useState } from 'react';

import { Link2Icon } from '@/components/ui/first-screen-icons';
import { DownloadIcon } from '@/components/ui/icons/download';
import { PrinterIcon } from '@/components/ui/icons/printer';
import { revealAllAndSettle } from '@/hooks/use-near-viewport';

import type { Recording } from '../api/recording-schema';

// Exports are rare: their code loads on the first click, not with the page.
const loadExport = () => import('../export');

/**
 * Prints once the panels that load as they scroll into view (transcript, player) are in: on a
 * slow phone that can take seconds, and a print without its transcript would be worse than waiting.
 */
async function printWhole() {
  await revealAllAndSettle(10_000);
  window.print();
}

const buttonClass =
  'disabled:cursor-not-allowed disabled:opacity-50 inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600';

/** Copy the view's link (toggles included) and export what the manager sees. */
export function ShareActions({ recording }: { recording: Recording }) {
  // `id` changes with every message, even the same words again: see the status below.
  const [message, setMessage] = useState({ text: '', id: 0 });
  const say = (text: string) => setMessage((previous) => ({ text, id: previous.id + 1 }));
  const csvHintId = useId();
  const csvUnavailable = !recording.entityExtractions;

  // Each message gets its full 3 s, counted from the last click.
  useEffect(() => {
    if (!message.text) return;
    const timer = setTimeout(() => setMessage((previous) => ({ text: '', id: previous.id })), 3_000);
    return () => clearTimeout(timer);
  }, [message]);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      say('Link copied');
    } catch {
      say('Could not copy the link; copy it from the address bar.');
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <button type="button" onClick={copyLink} className={buttonClass}>
        <Link2Icon /> Copy link
      </button>
      <button
        type="button"
        className={buttonClass}
        disabled={csvUnavailable}
        aria-describedby={csvUnavailable ? csvHintId : undefined}
        // The byte-order mark makes Excel read the file as UTF-8.
        onClick={async () => {
          const { downloadFile, exportFileName, extractionsToCsv } = await loadExport();
          downloadFile(exportFileName(recording, 'csv'), `\uFEFF${extractionsToCsv(recording)}`, 'text/csv;charset=utf-8');
        }}
      >
        <DownloadIcon /> Export CSV
      </button>
      <button
        type="button"
        className={buttonClass}
        onClick={async () => {
          const { downloadFile, exportFileName, recordingToJson } = await loadExport();
          downloadFile(exportFileName(recording, 'json'), recordingToJson(recording), 'application/json');
        }}
      >
        <DownloadIcon /> Export JSON
      </button>
      <button type="button" onClick={() => void printWhole()} className={buttonClass}>
        <PrinterIcon /> Print
      </button>
      {/* A new node per message: a second "Link copied" is announced again, not lost as no change. */}
      <span role="status" className="text-sm text-slate-700">
        {message.text && <span key={message.id}>{message.text}</span>}
      </span>
      {/* Visible, not a title: a title reaches neither touch screens nor most screen readers. */}
      {csvUnavailable && (
        <p id={csvHintId} className="basis-full text-xs text-slate-600">
          Switch on Entity extractions to export them as CSV.
        </p>
      )}
    </div>
  );
}
