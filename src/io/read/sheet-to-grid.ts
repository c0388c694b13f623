import type * as XLSX from "@e965/xlsx";
import type { CellArea, CellValue, Grid } from "../../core/model/grid";
import { cellValue } from "./cell-value";

export interface SheetGrid {
  grid: Grid;
  /** The sheet had data `maxRows` or more rows below its first row holding data; those rows were dropped. */
  rowsTruncated: boolean;
  /** Cells further than `maxColumns` from the first column were dropped. */
  columnsTruncated: boolean;
}

/**
 * A dense SheetJS worksheet (`!data`) → Grid, built from the cells present, never from `!ref`:
 * a sheet whose declared range is `A1:XFD1048576` but holds three cells gives a three-cell grid.
 * The grid starts at the first row and column holding a value (`origin`); trailing empty cells of
 * a row are left off (rows are ragged). At most `maxRows` rows are kept, counted from the first
 * row holding data. Two passes over the cells: bounds, then values.
 */
export function sheetToGrid(
  sheet: XLSX.WorkSheet,
  name: string,
  hidden: boolean,
  maxRows: number,
  maxColumns: number,
): SheetGrid {
  const data = (sheet["!data"] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let rowsTruncated = false;
  // Pass 1: which rows hold values, and the first column holding one.
  const rowLast: number[] = [];
  data.forEach((cells, r) => {
    if (!cells) return;
    if (top !== Infinity && r >= top + maxRows) {
      if (!rowsTruncated && cells.some((c) => !isEmpty(c))) rowsTruncated = true;
      return;
    }
    let first = -1;
    let last = -1;
    cells.forEach((cell, c) => {
      if (isEmpty(cell)) return;
      if (first < 0) first = c;
      last = c;
    });
    if (first < 0) return;
    if (r < top) top = r;
    bottom = r;
    if (first < left) left = first;
    rowLast[r] = last;
  });
  if (bottom < 0) return { grid: { name, hidden, rows: [], merges: [], origin: { row: 0, column: 0 } }, rowsTruncated, columnsTruncated: false };

  // Pass 2: values, relative to (top, left), at most maxColumns wide.
  let columnsTruncated = false;
  const rows: CellValue[][] = new Array(bottom - top + 1);
  let right = left;
  for (let r = top; r <= bottom; r++) {
    const cells = data[r];
    const last = rowLast[r];
    if (!cells || last === undefined) {
      rows[r - top] = [];
      continue;
    }
    let end = last;
    if (end - left >= maxColumns) {
      columnsTruncated = true;
      end = left + maxColumns - 1;
      while (end >= left && isEmpty(cells[end])) end--;
    }
    const row: CellValue[] = new Array(end - left + 1);
    for (let c = left; c <= end; c++) row[c - left] = cellValue(cells[c]);
    rows[r - top] = row;
    if (end > right) right = end;
  }

  const merges: CellArea[] = [];
  for (const m of sheet["!merges"] ?? []) {
    if (m.s.r < top || m.s.r > bottom || m.s.c < left || m.s.c > right) continue;
    merges.push({
      top: m.s.r - top,
      left: m.s.c - left,
      bottom: Math.min(m.e.r, bottom) - top,
      right: Math.min(m.e.c, right) - left,
    });
  }
  return { grid: { name, hidden, rows, merges, origin: { row: top, column: left } }, rowsTruncated, columnsTruncated };
}

/** Cheap test used for the bounds pass; `cellValue` decides the value itself. */
function isEmpty(cell: XLSX.CellObject | undefined): boolean {
  return !cell || cell.v == null || cell.v === "" || cell.t === "z";
}
