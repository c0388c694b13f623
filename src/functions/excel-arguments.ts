/**
 * What Excel passes a custom function: a range parameter is a 2-D array (rows of cells), a scalar
 * parameter one value; a blank cell arrives as `""` (older hosts: `null`). These helpers only
 * reshape; reading values is the rules' job.
 */
export type ExcelCell = string | number | boolean | null | undefined;

/** A range argument as rows; a single value passed where a range is expected becomes 1×1. */
export function rowsOf(value: unknown): ExcelCell[][] {
  if (Array.isArray(value)) {
    return value.map((row) => (Array.isArray(row) ? (row as ExcelCell[]) : [row as ExcelCell]));
  }
  return [[value as ExcelCell]];
}

/** A scalar argument; a 1×1 range passed where a value is expected is unwrapped. */
export function scalarOf(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  return value;
}

export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}
