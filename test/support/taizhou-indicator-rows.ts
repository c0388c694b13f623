import { indicatorGroups } from "../../src/core/layout/indicator-groups";
import { TAIZHOU_INDICATORS } from "../../src/core/layouts/taizhou-indicator-list";
import type { WriterCell } from "./cell";

/** Taizhou's 23 indicator groups (item, indicator, first and last number), from the notice's 70 indicators in core. */
const TAIZHOU_GROUPS = indicatorGroups(TAIZHOU_INDICATORS).map((g) => [g.item, g.indicator, g.from, g.to] as const);

/** 70 indicator rows from `firstRow` (1-based), item and indicator written once per group and merged down (columns B, C). */
export function taizhouIndicatorRows(firstRow: number, mark: (n: number) => WriterCell[], merged: boolean): { rows: WriterCell[][]; merges: string[] } {
  const rows: WriterCell[][] = [];
  const merges: string[] = [];
  let lastItem = "";
  let itemStart = firstRow;
  for (const [item, indicator, from, to] of TAIZHOU_GROUPS) {
    for (let n = from; n <= to; n++) {
      const first = n === from;
      const newItem = item !== lastItem;
      rows.push([n, !merged || newItem && first ? item : null, !merged || first ? indicator : null, `细则${n}`, ...mark(n)]);
    }
    if (merged && to > from) merges.push(`C${firstRow + from - 1}:C${firstRow + to - 1}`);
    if (item !== lastItem) {
      if (merged && lastItem !== "" && firstRow + from - 2 > itemStart) merges.push(`B${itemStart}:B${firstRow + from - 2}`);
      itemStart = firstRow + from - 1;
      lastItem = item;
    }
  }
  if (merged && firstRow + 69 > itemStart) merges.push(`B${itemStart}:B${firstRow + 69}`);
  return { rows, merges };
}
