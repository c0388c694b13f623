/** The name of a layout's downloaded file: its id, `.layout.json`. */
export function layoutFileName(id: string): string {
  return `${id || "layout"}.layout.json`;
}
