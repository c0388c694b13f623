import type ExcelJS from "exceljs";
import { cellContent, type OutValue } from "./cell-text";
import { bodyStyle, fitColumns, fitRowHeight, setupPage, styleHeader, styleInfo, styleTitle } from "./sheet-style";

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
 * bordered rows. Every value is written as `setValue` writes it (`cellContent`): a value, never a formula.
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
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  spec.rows.forEach((values, i) => {
    const row = sheet.getRow(r++);
    const cells = Math.max(width, values.length);
    for (let c = 0; c < cells; c++) {
      const cell = row.getCell(c + 1);
      const content = cellContent(values[c]);
      // Cells past the header's width keep no style, as before; the rest are bordered.
      if (c < width) cell.style = bodyStyle(styles, content?.text ?? false, spec.fill?.(i, c));
      else if (content?.text) cell.numFmt = "@";
      if (content !== undefined) cell.value = content.value;
    }
    fitRowHeight(row, values, widths);
  });
  setupPage(sheet, headerAt);
  return sheet;
}
