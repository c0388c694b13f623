import type ExcelJS from "exceljs";
import { setValue, type OutValue } from "./cell-text";
import { fitColumns, fitRowHeight, setupPage, styleBody, styleHeader, styleInfo, styleTitle } from "./sheet-style";

export interface TableSpec {
  name: string;
  title: string;
  /** Info line under the title; omitted when absent. */
  info?: string;
  header: string[];
  rows: OutValue[][];
  /** Fill colour (`#RRGGBB`) of a data cell, by 0-based data row and column; none when undefined. */
  fill?: (row: number, column: number) => string | undefined;
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
  const widths = fitColumns(sheet, spec.header, spec.rows);
  spec.rows.forEach((values, i) => {
    const row = sheet.getRow(r++);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      setValue(cell, v);
      const fill = spec.fill?.(i, c);
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill.slice(1)}` } };
    });
    styleBody(row, width);
    fitRowHeight(row, values, widths);
  });
  setupPage(sheet, headerAt);
  return sheet;
}
