import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import { cn } from './cn';
import { fieldClass, labelClass } from './field-styles';
import { ChevronDownIcon } from './icons/chevron-down';
import { SlidersHorizontalIcon } from './icons/sliders-horizontal';
import { cutText } from './long-text';

export { fieldClass, labelClass };

type BarProps = {
  /** How many filters are set: shown on the phone's disclosure and enables Clear filters. */
  activeCount: number;
  onClear: () => void;
  children: ReactNode;
};

/**
 * A row of filters that wraps on wide screens and folds into a disclosure on a phone, where it
 * would otherwise push the list a screen down.
 */
export function FilterBar({ activeCount, onClear, children }: BarProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section aria-label="Filters" className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <div className="flex items-center justify-between gap-2 sm:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
          className="inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          <SlidersHorizontalIcon className="size-4" />
          {activeCount ? `Filters (${activeCount})` : 'Filters'}
          <ChevronDownIcon className={cn('size-4 transition-transform', open && 'rotate-180')} />
        </button>
        {activeCount > 0 && <ClearFiltersButton onClear={onClear} />}
      </div>
      <div id={panelId} className={cn('mt-3 grid-cols-2 gap-3 sm:mt-0 sm:grid sm:grid-cols-3 lg:grid-cols-6', open ? 'grid' : 'hidden')}>
        {children}
        {activeCount > 0 && (
          <div className="hidden items-end sm:flex">
            <ClearFiltersButton onClear={onClear} />
          </div>
        )}
      </div>
    </section>
  );
}

export function ClearFiltersButton({ onClear }: { onClear: () => void }) {
  return (
    <button
      type="button"
      onClick={onClear}
      className="rounded-md px-2 py-1.5 text-sm font-medium text-brand-700 underline underline-offset-2 hover:bg-slate-100"
    >
      Clear filters
    </button>
  );
}

/** A labelled control: `children` gets the id to put on it. */
export function FilterField({ label, className, children }: { label: string; className?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={cn('min-w-0 space-y-1', className)}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/** From and To as two date fields (`YYYY-MM-DD`), each bounding the other; an emptied field is null. */
export function DateRangeFields({
  from,
  to,
  onChange,
}: {
  from: string | null;
  to: string | null;
  onChange: (change: { from?: string | null; to?: string | null }) => void;
}) {
  return (
    <>
      <FilterField label="From">
        {(id) => (
          <input
            id={id}
            type="date"
            className={fieldClass}
            value={from ?? ''}
            max={to ?? undefined}
            onChange={(event) => onChange({ from: event.target.value || null })}
          />
        )}
      </FilterField>
      <FilterField label="To">
        {(id) => (
          <input
            id={id}
            type="date"
            className={fieldClass}
            value={to ?? ''}
            min={from ?? undefined}
            onChange={(event) => onChange({ to: event.target.value || null })}
          />
        )}
      </FilterField>
    </>
  );
}

export type Option = { value: string; label: string };

type MultiSelectProps = {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** What "nothing selected" means, e.g. "Any rep". */
  anyLabel?: string;
  /** Shown when there are no options yet. */
  emptyText?: string;
};

/**
 * Several values of one filter: a button naming the filter and the choice, opening a list of
 * checkboxes. Escape or a click elsewhere closes it; a selected value with no option (from a
 * shared link) is still listed, under its raw value, so it can be unticked.
 */
export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  anyLabel = 'Any',
  emptyText = 'Nothing to choose from yet.',
}: MultiSelectProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const known = new Set(options.map((option) => option.value));
  const all = [...options, ...selected.filter((value) => !known.has(value)).map((value) => ({ value, label: value }))];
  const names = all.filter((option) => selected.includes(option.value)).map((option) => cutText(option.label, 120));
  const summary = names.length === 0 ? anyLabel : names.length === 1 ? names[0]! : `${names.length} selected`;

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || !rootRef.current?.contains(document.activeElement)) return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative min-w-0 space-y-1">
      <span aria-hidden="true" className={labelClass}>
        {label}
      </span>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`${label}: ${summary}`}
        onClick={() => setOpen((value) => !value)}
        className={cn(fieldClass, 'flex items-center justify-between gap-1 text-left')}
      >
        <span dir="auto" className="truncate">
          {summary}
        </span>
        <ChevronDownIcon className="size-4 shrink-0 text-slate-500" />
      </button>
      <fieldset
        id={listId}
        hidden={!open}
        className="absolute z-20 mt-1 max-h-72 w-full min-w-48 overflow-y-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg"
      >
        <legend className="sr-only">{label}</legend>
        {all.length === 0 && <p className="px-1 py-1 text-sm text-slate-600">{emptyText}</p>}
        {all.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm text-slate-800 hover:bg-slate-50"
          >
            <input
              type="checkbox"
              className="mt-0.5 size-4 shrink-0 accent-brand-700"
              checked={selected.includes(option.value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
              }
            />
            <span dir="auto" className="min-w-0 break-words">
              {cutText(option.label, 120)}
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
