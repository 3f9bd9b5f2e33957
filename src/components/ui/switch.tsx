import { useId } from 'react';

import { cn } from './cn';

type SwitchProps = {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** A labelled on/off switch: a native button, so Space and Enter work and focus is visible. */
export function Switch({ label, checked, onChange }: SwitchProps) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        onClick={() => onChange(!checked)}
        className={cn(
          'relative inline-flex h-6 w-11 shrink-0 cursor-pointer rounded-full border-2 border-transparent transition-colors',
          'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600',
          // Off, the track is all that shows the switch: slate-500 keeps it above 3:1 on white and on slate-50.
          checked ? 'bg-brand-600' : 'bg-slate-500',
        )}
      >
        <span
          aria-hidden="true"
          className={cn(
            'inline-block h-5 w-5 rounded-full bg-white shadow transition-transform',
            checked ? 'translate-x-5' : 'translate-x-0',
          )}
        />
      </button>
      <label htmlFor={id} className="cursor-pointer text-sm text-slate-800 select-none">
        {label}
      </label>
    </div>
  );
}
