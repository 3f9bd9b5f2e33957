/**
 * A position in a recording as people read it on a player: `m:ss` under an hour, `h:mm:ss`
 * from there. Seconds are floored, so a line that starts at 4.9 s reads 0:04, never ahead of the audio.
 */
export function formatTimestamp(milliseconds: number): string {
  const total = Number.isFinite(milliseconds) && milliseconds > 0 ? Math.floor(milliseconds / 1_000) : 0;
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
