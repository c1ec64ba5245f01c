const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/**
 * Office gives meeting times as Date instants. The Invitation wants wall-clock ISO with an
 * offset; by default we use the runtime's zone, which is the user's (the pane runs on their
 * machine). `offsetMinutes` is east of UTC, as in "+05:30" → 330.
 */
export function toLocalIso(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const wall = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`
  );
}
