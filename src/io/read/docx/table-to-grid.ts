import type { CellArea, CellValue, Grid } from "../../../core/model/grid";
import type { WordTable } from "./word-document";

export interface TableGrid {
  grid: Grid;
  rowsTruncated: boolean;
  columnsTruncated: boolean;
}

/**
 * A Word table as a sheet would hold it: the paragraphs above it (title, info lines) as one-cell
 * rows on top, then the table's rows on the table's grid columns. A horizontal span
 * (`w:gridSpan`) and a vertical merge (`w:vMerge`) become one merged area with its value in the
 * top-left cell, exactly as a merged range of a sheet. `origin.row` is minus the lines on top, so a
 * table row's reported number is its row in the table (1-based, header rows counted).
 */
export function wordTableToGrid(table: WordTable, name: string, maxRows: number, maxColumns: number): TableGrid {
  const lines = table.above;
  const rows: CellValue[][] = lines.map((line) => [line]);
  const areas: CellArea[] = [];
  /** The vertical merge open at each grid column where one starts. */
  const openAt = new Map<number, CellArea>();
  const rowsTruncated = table.rows.length > maxRows;
  let columnsTruncated = false;
  table.rows.slice(0, maxRows).forEach((row, index) => {
    const top = lines.length + index;
    const values: CellValue[] = [];
    let column = row.before;
    for (const cell of row.cells) {
      const left = column;
      const right = column + cell.span - 1;
      column += cell.span;
      if (right >= maxColumns) {
        columnsTruncated = true;
        break;
      }
      const above = openAt.get(left);
      if (cell.vMerge === "continue" && above && above.right === right && above.bottom === top - 1) {
        above.bottom = top;
        continue;
      }
      for (let c = left; c <= right; c++) openAt.delete(c);
      values[left] = cell.text === "" ? null : cell.text;
      const area: CellArea = { top, left, bottom: top, right };
      areas.push(area);
      if (cell.vMerge) openAt.set(left, area);
    }
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    rows.push(values);
  });
  const merges = areas.filter((a) => a.bottom > a.top || a.right > a.left);
  return {
    grid: { name, hidden: false, kind: "word-table", rows, merges, origin: { row: -lines.length, column: 0 } },
    rowsTruncated,
    columnsTruncated,
  };
}
