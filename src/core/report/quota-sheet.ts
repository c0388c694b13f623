import type { RollupResult } from "../rollup/result";
import { plainBlock, type ReportSheet } from "./report-model";
import type { ReportWords } from "./report-words";

/** `名额`: each quota scope and category, its limit and count; overruns shown as such. */
export function quotaSheet(result: RollupResult, words: ReportWords): ReportSheet {
  const block = plainBlock(
    ["范围", "类别", "名额", "已报", "是否超额"],
    result.quotas.map((q) => [q.scope, q.category || null, q.limit, q.count, q.exceeded ? words.yes : words.no]),
    true,
  );
  block.overrunRows = result.quotas.flatMap((q, i) => (q.exceeded ? [i] : []));
  return { kind: "quotas", name: "名额", title: `${result.title}（名额）`, blocks: [block] };
}
