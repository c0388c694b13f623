/**
 * Cells grouped into vertical runs (same column, consecutive rows), so one range operation covers
 * a column of marked cells instead of one operation per cell.
 */

import type { CellArea } from "../core/model/grid";

export interface Run<T> {
  area: CellArea;
  /** The items of the run's cells, top to bottom. */
  items: T[];
}

/**
 * Group items at 0-based `(row, column)` into runs; `sameKind` splits a run where two neighbours
 * must be written differently (an error above a warning).
 */
export function verticalRuns<T extends { row: number; column: number }>(items: T[], sameKind: (a: T, b: T) => boolean = () => true): Array<Run<T>> {
  const sorted = [...items].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Array<Run<T>> = [];
  for (const item of sorted) {
    const last = runs[runs.length - 1];
    const prev = last?.items[last.items.length - 1];
    if (last && prev && prev.column === item.column && prev.row + 1 === item.row && sameKind(prev, item)) {
      last.items.push(item);
      last.area.bottom = item.row;
    } else {
      runs.push({ area: { top: item.row, left: item.column, bottom: item.row, right: item.column }, items: [item] });
    }
  }
  return runs;
}
