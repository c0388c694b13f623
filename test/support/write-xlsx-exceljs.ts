import ExcelJS from "exceljs";
import { isFormula, type WriterSheet } from "./cell";

/** A real .xlsx written by ExcelJS (what many tools produce). Dates are written as UTC dates. */
export async function writeXlsxExcelJS(sheets: WriterSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
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
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
