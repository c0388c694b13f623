import * as XLSX from "@e965/xlsx";
import type { Grid } from "../../core/model/grid";
import type { ReadLimits } from "./read-limits";
import type { ReadNote } from "./read-result";
import { noteMessage } from "./read-messages";
import { sheetToGrid, type SheetGrid } from "./sheet-to-grid";

/**
 * The parse options, shared with the benchmark so the "bare parse" it measures is the same work.
 * - `dense`: rows as arrays (`!data`), so building a grid walks the cells once;
 * - `cellDates`: date-formatted numbers arrive as dates, turned into ISO text;
 * - `cellNF`: the number format, to keep a zero-padded postcode's text;
 * - no formula text, HTML or formatted text: the reader uses cached values only;
 * No `sheetRows`: it counts from the sheet's first row, so a table starting far down (or a lone
 * cell at XFD1048576) would vanish; the parse is bounded by the zip guard's inflated-size cap.
 */
export function parseOptions(): XLSX.ParsingOptions {
  return {
    type: "array",
    dense: true,
    cellDates: true,
    cellNF: true,
    cellFormula: false,
    cellHTML: false,
    cellText: false,
    cellStyles: false,
    bookVBA: false,
  };
}

/** SheetJS workbook → grids (every worksheet, hidden ones flagged) and notes. */
export function workbookToGrids(workbook: XLSX.WorkBook, limits: ReadLimits): { grids: Grid[]; notes: ReadNote[] } {
  const grids: Grid[] = [];
  const notes: ReadNote[] = [];
  const meta = workbook.Workbook?.Sheets ?? [];
  workbook.SheetNames.forEach((name, index) => {
    const sheet = workbook.Sheets[name];
    const type = (sheet as { "!type"?: string } | undefined)?.["!type"];
    if (!sheet || (type && type !== "sheet")) {
      notes.push({ code: "sheet-skipped", sheet: name, params: { sheet: name }, message: noteMessage("sheet-skipped", { sheet: name }) });
      return;
    }
    const hidden = Boolean(meta[index]?.Hidden);
    const result = sheetToGrid(sheet, name, hidden, limits.maxRows, limits.maxColumns);
    grids.push(result.grid);
    notes.push(...truncationNotes(result, name, limits));
  });
  return { grids, notes };
}

/** The notes saying a sheet's grid was cut at the row or column limit. */
export function truncationNotes(result: SheetGrid, name: string, limits: ReadLimits): ReadNote[] {
  const notes: ReadNote[] = [];
  if (result.rowsTruncated) {
    const params = { sheet: name, limit: limits.maxRows };
    notes.push({ code: "rows-truncated", sheet: name, params, message: noteMessage("rows-truncated", params) });
  }
  if (result.columnsTruncated) {
    const params = { sheet: name, limit: limits.maxColumns };
    notes.push({ code: "columns-truncated", sheet: name, params, message: noteMessage("columns-truncated", params) });
  }
  return notes;
}
