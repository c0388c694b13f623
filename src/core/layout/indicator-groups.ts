import type { IndicatorEntry } from "./schema";

export interface IndicatorGroup {
  item: string;
  indicator: string;
  from: number;
  to: number;
}

/** Runs of consecutive indicators sharing 评价项目 and 评价指标 (the cells merged down on the notice's sheet). */
export function indicatorGroups(list: readonly IndicatorEntry[]): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  for (const e of list) {
    const last = groups[groups.length - 1];
    if (last && last.item === e.item && last.indicator === e.indicator && last.to === e.no - 1) last.to = e.no;
    else groups.push({ item: e.item, indicator: e.indicator, from: e.no, to: e.no });
  }
  return groups;
}

/** Runs of consecutive indicators sharing 评价项目 (merged down in column 评价项目). */
export function itemGroups(list: readonly IndicatorEntry[]): Array<{ item: string; from: number; to: number }> {
  const runs: Array<{ item: string; from: number; to: number }> = [];
  for (const e of list) {
    const last = runs[runs.length - 1];
    if (last && last.item === e.item && last.to === e.no - 1) last.to = e.no;
    else runs.push({ item: e.item, from: e.no, to: e.no });
  }
  return runs;
}
