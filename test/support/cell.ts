import type { CellValue } from "../../src/core/model/grid";

/** What a test may put in a cell: a plain value, a date, or a formula with its cached result. */
export type WriterCell = CellValue | Date | { formula: string; result?: CellValue };

/** One sheet to write. `merges` are A1 ranges (`"A3:A5"`). */
export interface WriterSheet {
  name: string;
  rows: WriterCell[][];
  merges?: string[];
  /** `true` or `"hidden"` hides the sheet; `"veryHidden"` hides it from the Unhide dialog too. */
  hidden?: boolean | "hidden" | "veryHidden";
}

export function isFormula(v: WriterCell): v is { formula: string; result?: CellValue } {
  return typeof v === "object" && v !== null && !(v instanceof Date);
}
