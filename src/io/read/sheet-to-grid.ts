import type * as XLSX from "@e965/xlsx";
import { cellValue } from "./cell-value";
import { GridBuilder, type SheetGrid } from "./grid-builder";

export type { SheetGrid } from "./grid-builder";

/**
 * A dense SheetJS worksheet (`!data`) → Grid (`GridBuilder`: built from the cells present, never
 * from `!ref`; origin at the first row and column holding a value; at most `maxRows` × `maxColumns`).
 */
export function sheetToGrid(
  sheet: XLSX.WorkSheet,
  name: string,
  hidden: boolean,
  maxRows: number,
  maxColumns: number,
): SheetGrid {
  const data = (sheet["!data"] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  const builder = new GridBuilder(maxRows, maxColumns);
  data.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (cell) builder.cell(r, c, cellValue(cell), !isEmpty(cell));
    });
  });
  return builder.finish(name, hidden, sheet["!merges"] ?? []);
}

/** Whether a cell holds something, for the bounds; `cellValue` decides the value itself. */
export function isEmpty(cell: XLSX.CellObject | undefined): boolean {
  return !cell || cell.v == null || cell.v === "" || cell.t === "z";
}
