/** A value as a cell holds it once read from any source (file, Excel, CSV). Dates arrive as ISO text. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive, relative to `Grid.rows`. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * What a grid was read from: a worksheet (the default), a table of a Word document, or the text of
 * a Word document that holds no table (one paragraph a row).
 */
export type GridKind = "sheet" | "word-table" | "word-text";

/**
 * One worksheet as the engine sees it, whatever produced it (.xlsx, .xls, .csv, Excel itself).
 * The engine never reads files or calls Excel: adapters build a Grid and hand it over.
 */
export interface Grid {
  /** Sheet name as the workbook shows it (a CSV gets its file name without extension). */
  name: string;
  /** The sheet is hidden in its workbook (read all the same, but reported). */
  hidden: boolean;
  /** Absent for a worksheet. A Word table is named `表格1`, `表格2` … in document order. */
  kind?: GridKind;
  /** Row-major values: `rows[r][c]`. Rows may be ragged; a missing cell is `null`. */
  rows: CellValue[][];
  /** Merged areas; only the top-left cell of each carries a value in `rows`. */
  merges: CellArea[];
  /**
   * Where `rows[0][0]` sits on the source sheet, 0-based (Excel's used range may start at C3).
   * Every row/column number in a report is `origin + index + 1`, so a person can find the cell.
   * A Word table's title and info lines sit above its first row at negative origin, so its rows
   * are numbered as the table's own.
   */
  origin?: { row: number; column: number };
  /**
   * The drop-down lists (list data validations) the sheet offers, as its author set them, relative
   * to `rows` like `merges`. Only a template's reader fills them (learning a layout reads a column's
   * list as its choices); recognition and validation never look at them.
   */
  lists?: DropDownList[];
}

/** One drop-down list over an area of a sheet: the values a person picks from. */
export interface DropDownList {
  area: CellArea;
  values: string[];
}

/** 1-based source row of `rows[r]`. */
export function sourceRow(grid: Grid, r: number): number {
  return (grid.origin?.row ?? 0) + r + 1;
}

/** 1-based source column of `rows[..][c]`. */
export function sourceColumn(grid: Grid, c: number): number {
  return (grid.origin?.column ?? 0) + c + 1;
}
