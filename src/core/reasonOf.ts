/** What went wrong, as text: an Error's message, or whatever was thrown, as a string. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
