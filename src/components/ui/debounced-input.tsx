import { useEffect, useRef, useState, type InputHTMLAttributes, type Ref } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'> & {
  /** The committed value (from the URL): a change from outside (Back, Clear filters) shows here. */
  value: string;
  /** Called once typing pauses for `delay` ms, or at once on Enter or leaving the field. */
  onCommit: (value: string) => void;
  delay?: number;
  ref?: Ref<HTMLInputElement>;
};

/** An input that writes its value after typing pauses, so a search or a range costs one request, not one per key. */
export function DebouncedInput({ value, onCommit, delay = 300, onBlur, onKeyDown, ref, ...props }: Props) {
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  });
  // Changed from outside (or unmounting): a pending commit of the old draft is dropped. Only a
  // new value is a change, and not our own commit coming back: the URL may lag a keystroke
  // behind, and what was typed since still counts.
  const [resets, setResets] = useState(0);
  useEffect(() => () => clearTimeout(timer.current), [resets]);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setDraft(value);
      setResets(resets + 1);
    }
  }

  const commit = (next: string) => {
    clearTimeout(timer.current);
    if (next === committed) return;
    setCommitted(next);
    commitRef.current(next);
  };

  return (
    <input
      {...props}
      ref={ref}
      value={draft}
      onChange={(event) => {
        const next = event.target.value;
        setDraft(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(next), delay);
      }}
      onBlur={(event) => {
        commit(draft);
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(draft);
        onKeyDown?.(event);
      }}
    />
  );
}
