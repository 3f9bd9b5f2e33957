import { useCallback, useState } from 'react';

/**
 * An on/off preference remembered on this device (localStorage: a choice, nothing secret),
 * stored only when it differs from `fallback`. Storage blocked: honoured on this page only.
 */
export function useDeviceSetting(key: string, fallback: boolean) {
  const [on, setOn] = useState(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? fallback : stored === 'on';
    } catch {
      return fallback;
    }
  });
  const change = useCallback(
    (next: boolean) => {
      setOn(next);
      try {
        if (next === fallback) localStorage.removeItem(key);
        else localStorage.setItem(key, next ? 'on' : 'off');
      } catch {
        // Not remembered, but honoured on this page.
      }
    },
    [key, fallback],
  );
  return [on, change] as const;
}
