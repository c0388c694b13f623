/** A thrown value as text for the pane's status line. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
