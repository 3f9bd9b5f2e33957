import { DebouncedInput } from '@/components/ui/debounced-input';
import { DateRangeFields, fieldClass, FilterBar, FilterField, labelClass, MultiSelect, type Option } from '@/components/ui/filter-bar';
import type { FilterWrite } from '@/hooks/use-url-filters';

import { OUTCOMES, RESULTS, type InboxFilters } from '../filters';

const OUTCOME_OPTIONS: Option[] = OUTCOMES.map((value) => ({ value, label: value[0] + value.slice(1).toLowerCase() }));
const RESULT_OPTIONS: Option[] = RESULTS.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }));

type Props = {
  filters: InboxFilters;
  onChange: (patch: Partial<InboxFilters>, write?: FilterWrite) => void;
  onClear: () => void;
  activeCount: number;
  reps: readonly Option[];
  teams: readonly Option[];
  conversationTypes: readonly Option[];
};

const toScore = (text: string): number | null => {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 100 ? value : null;
};

export function InboxFilters({ filters, onChange, onClear, activeCount, reps, teams, conversationTypes }: Props) {
  const push = (patch: Partial<InboxFilters>) => onChange(patch);
  return (
    <FilterBar activeCount={activeCount} onClear={onClear}>
      <MultiSelect
        label="Rep"
        anyLabel="Any rep"
        emptyText="Reps appear here as their recordings load."
        options={reps}
        selected={filters.rep}
        onChange={(rep) => push({ rep })}
      />
      <MultiSelect
        label="Team"
        anyLabel="Any team"
        emptyText="Teams appear here as their recordings load."
        options={teams}
        selected={filters.team}
        onChange={(team) => push({ team })}
      />
      <MultiSelect
        label="Conversation type"
        anyLabel="Any type"
        options={conversationTypes}
        selected={filters.type}
        onChange={(type) => push({ type })}
      />
      <MultiSelect
        label="Outcome"
        anyLabel="Any outcome"
        options={OUTCOME_OPTIONS}
        selected={filters.outcome}
        onChange={(outcome) => push({ outcome: outcome as InboxFilters['outcome'] })}
      />
      <MultiSelect
        label="Result"
        anyLabel="Any result"
        options={RESULT_OPTIONS}
        selected={filters.result}
        onChange={(result) => push({ result: result as InboxFilters['result'] })}
      />
      <FilterField label="Has comments">
        {(id) => (
          <select
            id={id}
            className={fieldClass}
            value={filters.comments === null ? '' : String(filters.comments)}
            onChange={(event) => push({ comments: event.target.value === '' ? null : event.target.value === 'true' })}
          >
            <option value="">Any</option>
            <option value="true">With comments</option>
            <option value="false">Without comments</option>
          </select>
        )}
      </FilterField>
      <DateRangeFields from={filters.from} to={filters.to} onChange={push} />
      <fieldset className="col-span-2 min-w-0 space-y-1">
        <legend className={labelClass}>Score</legend>
        <div className="flex items-center gap-1.5">
          <DebouncedInput
            aria-label="Minimum score"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            placeholder="0"
            className={fieldClass}
            value={filters.minScore === null ? '' : String(filters.minScore)}
            onCommit={(text) => onChange({ minScore: toScore(text) }, { replace: true })}
          />
          <span aria-hidden="true">–</span>
          <DebouncedInput
            aria-label="Maximum score"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            placeholder="100"
            className={fieldClass}
            value={filters.maxScore === null ? '' : String(filters.maxScore)}
            onCommit={(text) => onChange({ maxScore: toScore(text) }, { replace: true })}
          />
        </div>
      </fieldset>
    </FilterBar>
  );
}
