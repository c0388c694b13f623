import { displayWidth, padEnd } from "./display-width";

/**
 * A plain-text table for the terminal: header, a rule, one line per row. Columns are as wide as
 * their widest cell (CJK counted double); the last column is never padded, so long messages wrap
 * naturally instead of pushing every line wide.
 */
export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : padEnd(cell, widths[c])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}
