import type { Grid } from "../model/grid";
import { cellKey } from "../recognize/sheet-view";

/**
 * Cells covered by a vertical merge (below its top row) → the merge's top-left cell, so a `区县`
 * written once for several rows reads as filled down. Only merges reaching below `fromRow` count.
 */
export function verticalMergeSources(grid: Grid, fromRow: number): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const m of grid.merges) {
    if (m.bottom <= m.top || m.bottom < fromRow) continue;
    for (let r = Math.max(m.top + 1, fromRow); r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) out.set(cellKey(r, c), [m.top, m.left]);
    }
  }
  return out;
}
