/** Where in the recording, as a player shows it: 12:40, or 1:02:05 past the hour. */
export function clock(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1_000) : 0;
  const [h, m, s] = [Math.floor(total / 3_600), Math.floor((total % 3_600) / 60), total % 60];
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
