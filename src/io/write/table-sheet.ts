import type ExcelJS from "exceljs";
import { setValue, type OutValue } from "./cell-text";
import { fitColumns, setupPage, styleBody, styleHeader, styleInfo, styleTitle } from "./sheet-style";

export interface TableSpec {
  name: string;
  title: string;
  /** Info line under the title; omitted when absent. */
  info?: string;
  header: string[];
  rows: OutValue[][];
}

/**
 * One styled table sheet: title row, optional info line, header (frozen, repeated when printed),
 * bordered rows. Every value is written by `setValue`: a value, never a formula.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, spec: TableSpec): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name);
  const width = Math.max(1, spec.header.length);
  let r = 1;
  styleTitle(sheet, r++, width, spec.title);
  if (spec.info !== undefined) styleInfo(sheet, r++, width, spec.info);
  const headerRow = sheet.getRow(r);
  spec.header.forEach((h, c) => (headerRow.getCell(c + 1).value = h));
  styleHeader(headerRow, width);
  const headerAt = r++;
  for (const values of spec.rows) {
    const row = sheet.getRow(r++);
    values.forEach((v, c) => setValue(row.getCell(c + 1), v));
    styleBody(row, width);
  }
  fitColumns(sheet, spec.header, spec.rows);
  setupPage(sheet, headerAt);
  return sheet;
}
