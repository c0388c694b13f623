/**
 * Lets the browser paint and handle input before the next piece of work: the pane awaits this between
 * files so reading fifty workbooks never freezes it.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
