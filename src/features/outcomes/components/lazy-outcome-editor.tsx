import { lazy, Suspense, useState, type ComponentProps } from 'react';

import { ErrorBoundary } from '@/components/ui/error-boundary';

import { CHANGE_OUTCOME_CLASS } from './change-outcome-class';

const loadEditor = () => import('./outcome-editor');
const OutcomeEditor = lazy(() => loadEditor().then((module) => ({ default: module.OutcomeEditor })));

/**
 * Change outcome, as a plain button until the manager reaches for it: few views change an
 * outcome, so the editor's code (like the outcomes themselves) loads on the first press, or
 * as the pointer or focus comes to the button.
 */
export function LazyOutcomeEditor(props: Omit<ComponentProps<typeof OutcomeEditor>, 'initiallyOpen'>) {
  const [pressed, setPressed] = useState(false);
  const button = (
    <span className="inline-flex flex-wrap items-center gap-2">
      {props.edited && <span className="text-xs text-slate-600">Edited by a person</span>}
      <button
        type="button"
        aria-expanded={false}
        onClick={() => setPressed(true)}
        onPointerEnter={() => void loadEditor().catch(() => {})}
        onFocus={() => void loadEditor().catch(() => {})}
        className={CHANGE_OUTCOME_CLASS}
      >
        Change outcome
      </button>
    </span>
  );
  if (!pressed) return button;
  return (
    <ErrorBoundary
      fallback={() => (
        <span role="alert" className="text-sm text-red-900">
          The outcome editor did not load. Check your connection, then reload.
        </span>
      )}
    >
      <Suspense fallback={button}>
        <OutcomeEditor {...props} initiallyOpen />
      </Suspense>
    </ErrorBoundary>
  );
}
