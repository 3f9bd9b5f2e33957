import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

const FOCUSABLE = 'button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

const controls = (row: Element | null | undefined) => (row ? [...row.querySelectorAll<HTMLElement>(FOCUSABLE)] : []);

/**
 * One tab stop for a long list (a roving tab index): Tab enters at the row `preferredRow` names
 * (or where the manager last was), ↑/↓ move between rows, Home/End to the first and last,
 * ←/→ between the controls of one row. `list` holds its rows as direct `<li>` children; a row's
 * first control is the one ↑/↓ land on.
 */
export function useRovingFocus(list: HTMLElement | null, preferredRow: number) {
  const current = useRef<HTMLElement | null>(null);

  const rows = useCallback(() => (list ? [...list.querySelectorAll<HTMLElement>(':scope > li')] : []), [list]);

  const makeCurrent = useCallback(
    (target: HTMLElement | null) => {
      if (!list || !target) return;
      if (current.current && current.current !== target) current.current.tabIndex = -1;
      current.current = target;
      target.tabIndex = 0;
    },
    [list],
  );

  // After every render: new rows arrive page by page, each control out of the tab order but one.
  useLayoutEffect(() => {
    if (!list) return;
    const focusInside = list.contains(document.activeElement);
    const all = rows();
    if (!focusInside || !current.current || !list.contains(current.current)) {
      current.current = controls(all[preferredRow >= 0 ? preferredRow : 0] ?? all[0])[0] ?? null;
    }
    for (const control of list.querySelectorAll<HTMLElement>(FOCUSABLE)) control.tabIndex = control === current.current ? 0 : -1;
  });

  useEffect(() => {
    if (!list) return;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.matches(FOCUSABLE)) makeCurrent(event.target);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLElement)) return;
      const all = rows();
      const row = event.target.closest('li');
      const index = row ? all.indexOf(row) : -1;
      if (index < 0) return;
      let target: HTMLElement | undefined;
      if (event.key === 'ArrowDown') target = controls(all[index + 1])[0];
      else if (event.key === 'ArrowUp') target = controls(all[index - 1])[0];
      else if (event.key === 'Home') target = controls(all[0])[0];
      else if (event.key === 'End') target = controls(all.at(-1))[0];
      else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        const inRow = controls(row);
        target = inRow[inRow.indexOf(event.target) + (event.key === 'ArrowRight' ? 1 : -1)];
      } else return;
      // At either end the key does nothing, rather than scroll the page.
      event.preventDefault();
      if (!target) return;
      makeCurrent(target);
      target.focus();
    };
    list.addEventListener('focusin', onFocusIn);
    list.addEventListener('keydown', onKeyDown);
    return () => {
      list.removeEventListener('focusin', onFocusIn);
      list.removeEventListener('keydown', onKeyDown);
    };
  }, [list, rows, makeCurrent]);
}
