const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/**
 * Office gives meeting times as Date instants. The Invitation wants wall-clock ISO with an
 * offset; we use the runtime's zone, which is the user's (the pane runs on their machine).
 */
export function toLocalIso(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes < 0 ? "-" : "+";
  const wallClock =
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${wallClock}${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}
