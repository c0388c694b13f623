import type { RollupResult } from "../rollup/result";
import { listSheet, plainBlock, type ReportSheet } from "./report-model";
import type { ReportWords } from "./report-words";
import { roundTo } from "./round-to";

/** `等级` (taizhou-indicators): one row per school, its A–D counts and grade. */
export function gradesSheet(result: RollupResult): ReportSheet | undefined {
  if (!result.grades?.length) return undefined;
  return listSheet(
    "grades",
    "等级",
    `${result.title}（等级）`,
    ["学校名称", "区县", "A", "B", "C", "D", "等级", "来源文件", "来源工作表"],
    result.grades.map((g) => [g.school, g.district ?? null, g.A, g.B, g.C, g.D, g.grade, g.source.path, g.source.sheet]),
  );
}

/**
 * `等级分布`: schools at each grade or better against the city's targets (a share of the schools or a
 * count), the target as a number of schools beside the count so the two can be charted together.
 */
export function gradeSummarySheet(result: RollupResult, words: ReportWords): ReportSheet | undefined {
  const s = result.gradeSummary;
  if (!s) return undefined;
  const rows = s.targets.map((t) => [
    t.grade,
    t.count,
    t.kind === "share" ? Math.ceil(t.target * s.schools) : t.target,
    roundTo(t.share, 4),
    t.kind === "share" ? `${roundTo(t.target * 100, 2)}%` : t.target,
    t.met ? words.yes : words.no,
  ]);
  return {
    kind: "grade-summary",
    name: "等级分布",
    title: `${result.title}（等级分布，共 ${s.schools} 所）`,
    blocks: [
      {
        ...plainBlock(["等级", "学校数（达到该等级及以上）", "目标学校数", "占比", "目标", "是否达成"], rows, false),
        charts: [{ type: "ColumnClustered", title: "等级分布与市级目标", columns: [0, 1, 2], rows: rows.length }],
      },
    ],
  };
}

/** `申报项目` (zhangjiagang-feature-application): each school's ticked items, their count and the level they reach. */
export function levelsSheet(result: RollupResult): ReportSheet | undefined {
  if (!result.levels?.length) return undefined;
  return listSheet(
    "levels",
    "申报项目",
    `${result.title}（申报项目）`,
    ["学校名称", "申报项目", "项数", "可达等级", "来源文件", "来源工作表"],
    result.levels.map((l) => [l.school, l.items.join("、"), l.count, l.level, l.source.path, l.source.sheet]),
  );
}
