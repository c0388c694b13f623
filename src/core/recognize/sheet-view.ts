import type { CellArea, CellValue, Grid } from "../model/grid";
import { headerKey, headerKeyOfNfkc } from "../normalize/header-key";
import { normalizeText, normalizeTextOfNfkc } from "../normalize/text";

/** How many rows from the top recognition looks at for a header. */
export const HEADER_SCAN_ROWS = 30;

/**
 * The top of a sheet, normalised once and shared by every recogniser: header keys and texts of
 * the first rows, and which cells a horizontal merge covers.
 */
export interface SheetView {
  grid: Grid;
  /** Rows scanned (≤ HEADER_SCAN_ROWS + 1). */
  height: number;
  width: number;
  keys: string[][];
  texts: string[][];
  /** `row:column` of a cell covered by a merge (not its top-left) → the merge. */
  covered: Map<number, CellArea>;
}

export function cellAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.rows[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/** Key of cell (r, c) in `SheetView.covered` and similar maps (columns < 2^16). */
export function cellKey(r: number, c: number): number {
  return r * 65536 + c;
}

export function sheetView(grid: Grid, rows = HEADER_SCAN_ROWS + 1): SheetView {
  const height = Math.min(rows, grid.rows.length);
  let width = 0;
  const keys: string[][] = [];
  const texts: string[][] = [];
  for (let r = 0; r < height; r++) {
    const row = grid.rows[r] ?? [];
    width = Math.max(width, row.length);
    // Text cells are put in NFKC once for both their key and their text.
    const nfkc = row.map((v) => (typeof v === "string" ? v.normalize("NFKC") : v));
    keys.push(nfkc.map((v) => (typeof v === "string" ? headerKeyOfNfkc(v) : headerKey(v))));
    texts.push(nfkc.map((v) => (typeof v === "string" ? normalizeTextOfNfkc(v) : normalizeText(v))));
  }
  const covered = new Map<number, CellArea>();
  for (const m of grid.merges) {
    if (m.top >= height) continue;
    for (let r = m.top; r <= Math.min(m.bottom, height - 1); r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.set(cellKey(r, c), m);
    }
  }
  return { grid, height, width, keys, texts, covered };
}
