import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

import { cutText, LongText } from '@/components/ui/long-text';
import { lookup } from '@/lib/lookup';
import { writeErrorMessage } from '@/lib/write-error';

import { outcomeQueries, useChangeOutcome } from '../api/outcomes';
import { CHANGE_OUTCOME_CLASS } from './change-outcome-class';

type Props = {
  recordingId: string;
  /** Called with the universal label to show in the header: at once, then Siro's, or the old one back. */
  onLabel: (label: string | null) => void;
  /** Open from the start: the manager pressed Change outcome before this code had loaded. */
  initiallyOpen?: boolean;
  /** Whether a person chose the outcome, as the recording document says, before the outcomes are asked for. */
  edited?: boolean;
};

const NONE = '';

/** The universal label each custom outcome counts as, in words; an unknown one as Siro sent it. */
const universalInWords = lookup({ POSITIVE: 'Positive', NEGATIVE: 'Negative', NEUTRAL: 'Neutral' });

/**
 * Change outcome: the conversation type's outcomes with what each means; the manager picks one
 * and saves. Says when a person (rather than Siro) set the outcome.
 */
export function OutcomeEditor({ recordingId, onLabel, initiallyOpen = false, edited = false }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  // Asked for when first opened, not on every page view: the first screen makes no extra request.
  const [wanted, setWanted] = useState(initiallyOpen);
  const query = useQuery({ ...outcomeQueries.detail(recordingId), enabled: wanted });
  const change = useChangeOutcome(recordingId, onLabel);
  const [choice, setChoice] = useState<string | null>(null);
  const panelId = useId();
  const data = query.data;
  const current = data?.selectedCustomLabels[0] ?? NONE;
  const picked = choice ?? current;
  const changedElsewhere =
    change.isSuccess && change.variables && change.data.selectedCustomLabels.join('\n') !== change.variables.join('\n');

  const save = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(picked === NONE ? [] : [picked], { onSuccess: () => setOpen(false) });
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {(data ? data.edited : edited) && <span className="text-xs text-slate-600">Edited by a person</span>}
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
          setWanted(true);
          setChoice(null);
        }}
        className={CHANGE_OUTCOME_CLASS}
      >
        Change outcome
      </button>
      {changedElsewhere && (
        <span role="status" className="basis-full text-sm text-amber-900">
          Someone else changed the outcome meanwhile: this is the one Siro has now.
        </span>
      )}
      {change.isError && (
        <span role="alert" className="basis-full rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {writeErrorMessage(change.error)}
        </span>
      )}
      <span id={panelId} hidden={!open} className="basis-full">
        {open && (
          <form onSubmit={save} className="mt-2 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
            {!data ? (
              <span className="block text-sm text-slate-700">
                {query.isError
                  ? writeErrorMessage(query.error).replace('Not saved: ', 'Outcomes could not be loaded: ')
                  : 'Loading outcomes…'}
              </span>
            ) : (
              <fieldset className="space-y-2">
                <legend className="text-sm font-medium text-slate-900">Outcome</legend>
                {[...data.possibleOutcomes, { customLabel: NONE, universalLabel: null, description: 'Clear the outcome.' }].map((item) => (
                  <label key={item.customLabel} className="flex items-start gap-2 text-sm text-slate-800">
                    <input
                      type="radio"
                      name={`${panelId}-outcome`}
                      className="mt-0.5 size-4 accent-brand-700"
                      checked={picked === item.customLabel}
                      onChange={() => setChoice(item.customLabel)}
                    />
                    <span className="min-w-0 break-words">
                      <bdi className="font-medium">{item.customLabel ? cutText(item.customLabel, 120) : 'No outcome'}</bdi>
                      {item.universalLabel && (
                        <> ({universalInWords(item.universalLabel) ?? <bdi>{cutText(item.universalLabel, 40)}</bdi>})</>
                      )}
                      {item.description && (
                        <>
                          {' – '}
                          <bdi>
                            <LongText text={item.description} max={300} />
                          </bdi>
                        </>
                      )}
                    </span>
                  </label>
                ))}
              </fieldset>
            )}
            <span className="flex gap-2">
              <button
                type="submit"
                disabled={!data || change.isPending}
                className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60"
              >
                {change.isPending ? 'Saving…' : 'Save outcome'}
              </button>
              <button
                type="button"
                onClick={() => setOpen(false)}
                className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                Cancel
              </button>
            </span>
          </form>
        )}
      </span>
    </span>
  );
}
