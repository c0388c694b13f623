import { OVERRUN_STYLE } from "../../core/presentation/overrun-style";
import type ExcelJS from "exceljs";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "宋体";

/** Title row: bold, large, centred across the table. */
export function styleTitle(sheet: ExcelJS.Worksheet, row: number, width: number, text: string): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: 16, bold: true };
  cell.alignment = { horizontal: "center", vertical: "middle" };
  if (width > 1) sheet.mergeCells(row, 1, row, width);
  sheet.getRow(row).height = 30;
}

/** Info line under the title (`汇总单位：… 汇总日期：…`), left-aligned across the table. */
export function styleInfo(sheet: ExcelJS.Worksheet, row: number, width: number, text: string): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.numFmt = "@";
  cell.font = { name: FONT, size: 11 };
  cell.alignment = { horizontal: "left", vertical: "middle" };
  if (width > 1) sheet.mergeCells(row, 1, row, width);
}

/** A block's caption (`各区县建设进展`) above its header: bold. */
export function styleCaption(row: ExcelJS.Row, text: string): ExcelJS.Row {
  const cell = row.getCell(1);
  cell.value = text;
  cell.numFmt = "@";
  cell.font = { name: FONT, size: 12, bold: true };
  return row;
}

/** Header cells: bold, shaded, bordered, wrapped and centred. */
export function styleHeader(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.font = { name: FONT, size: 11, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  row.height = 32;
}

const BODY_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: "middle", wrapText: true };

/**
 * A data cell's style: bordered, vertically centred, wrapped; `@` for text; a fill colour
 * (`#RRGGBB`) when given. One shared object per combination, never changed once made: ExcelJS
 * recognises a style object it has seen and skips building its XML again for each cell.
 */
export function bodyStyle(cache: Map<string, Partial<ExcelJS.Style>>, text: boolean, fill: string | undefined, overrun = false): Partial<ExcelJS.Style> {
  const key = `${text ? "@" : ""}|${fill ?? ""}|${overrun ? "!" : ""}`;
  let style = cache.get(key);
  if (!style) {
    style = { border: BORDER, alignment: BODY_ALIGNMENT };
    if (text) style.numFmt = "@";
    if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
    if (overrun) style.font = { name: FONT, size: 11, bold: true, color: { argb: argb(OVERRUN_STYLE.font) } };
    cache.set(key, style);
  }
  return style;
}

/** `#RRGGBB` as ExcelJS's ARGB. */
function argb(colour: string): string {
  return `FF${colour.slice(1)}`;
}

/**
 * Column widths in characters, from each block's header and a sample of its values (CJK characters
 * count double), the widest block deciding; returns them.
 */
export function fitColumns(sheet: ExcelJS.Worksheet, blocks: ReadonlyArray<{ header: readonly string[]; rows: ReadonlyArray<ReadonlyArray<unknown>> }>, max = 40): number[] {
  const widths: number[] = [];
  for (const { header, rows } of blocks) {
    header.forEach((h, i) => {
      let width = displayWidth(h);
      for (let r = 0; r < rows.length && r < 500; r++) width = Math.max(width, displayWidth(rows[r][i]));
      widths[i] = Math.max(widths[i] ?? 0, Math.min(max, Math.max(6, width + 2)));
    });
  }
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return widths;
}

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * A row tall enough for its wrapped text. Spreadsheet programs do not grow a row for wrapped text
 * when they open a file (LibreOffice and Excel keep the default height), so a long message would be
 * cut or overlap the next row; the height is set from the widest cell's line count.
 */
export function fitRowHeight(row: ExcelJS.Row, values: readonly unknown[], widths: readonly number[]): void {
  let lines = 1;
  values.forEach((v, c) => {
    const room = Math.max(1, (widths[c] ?? 8) - 2);
    lines = Math.max(lines, Math.ceil(displayWidth(v) / room));
  });
  if (lines > 1) row.height = lines * LINE_HEIGHT + 3;
}

function displayWidth(value: unknown): number {
  if (value === null || value === undefined) return 0;
  let w = 0;
  for (const ch of String(value)) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** A4 landscape, fit to one page wide, header rows repeated on every printed page, header frozen. */
export function setupPage(sheet: ExcelJS.Worksheet, headerRow: number): void {
  const page = pageOptions(headerRow);
  sheet.views = page.views;
  sheet.pageSetup = { ...sheet.pageSetup, ...page.pageSetup };
  sheet.headerFooter = page.headerFooter;
}

/**
 * `setupPage`'s settings as the options of a new worksheet: the streaming writer takes its views
 * only when the sheet is added (they are written before its first row).
 */
export function pageOptions(headerRow: number): { views: Array<Partial<ExcelJS.WorksheetView>>; pageSetup: Partial<ExcelJS.PageSetup>; headerFooter: Partial<ExcelJS.HeaderFooter> } {
  return {
    views: [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: "第 &P 页，共 &N 页" },
  };
}
