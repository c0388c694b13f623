import ExcelJS from "exceljs";
import { isFormula, type WriterSheet } from "./cell";
import { withFixedTimes, type FixedDocument } from "./fixed-document";

export interface ExcelJSOptions {
  /** Author and dates written into the file, and the zip re-packed with that date: the same sheets give the same bytes. */
  fixed?: FixedDocument;
  /** Width of every used column, in characters (ExcelJS's default otherwise). */
  columnWidth?: number;
}

/** A real .xlsx written by ExcelJS (what many tools produce). Dates are written as UTC dates. */
export async function writeXlsxExcelJS(sheets: WriterSheet[], options: ExcelJSOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (options.fixed) {
    workbook.creator = options.fixed.author;
    workbook.created = options.fixed.date;
    workbook.modified = options.fixed.date;
  }
  for (const spec of sheets) {
    const state = spec.hidden === "veryHidden" ? "veryHidden" : spec.hidden ? "hidden" : "visible";
    const sheet = workbook.addWorksheet(spec.name, { state });
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = isFormula(value) ? { formula: value.formula, result: value.result ?? undefined } as ExcelJS.CellFormulaValue : value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    if (options.columnWidth) for (const column of sheet.columns ?? []) column.width = options.columnWidth;
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return options.fixed ? withFixedTimes(bytes, options.fixed.date) : bytes;
}
