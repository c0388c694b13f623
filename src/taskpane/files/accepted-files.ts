/** The spreadsheet files the pane reads (what `src/io` understands). */
export const ACCEPTED_EXTENSIONS = [".xlsx", ".xls", ".csv", ".ods"] as const;

/** The `accept` attribute of the file pickers. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(",");

/** Whether a file name has an extension the pane reads (case-insensitive). */
export function isAcceptedFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
