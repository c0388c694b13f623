/**
 * What the roll-up sheets hold, as plain data: `writeRollup` lays these blocks out and styles them.
 * Sheet names and headers are the official Chinese ones whatever the display language (they are
 * the report staff hand on); messages follow the display locale.
 */

import type { CellValue } from "../core/model/grid";
import type { LocatedIssue } from "../core/model/issue";
import type { RollupResult } from "../core/rollup/result";
import { STAGES } from "../core/rules/stages";

export type RollupSheetKind = "summary" | "issues" | "quotas" | "stats" | "missing";

export interface ChartSpec {
  type: "ColumnClustered" | "ColumnStacked";
  title: string;
  /** Block columns charted (0 = the category labels). */
  columns: number[];
}

export interface Block {
  title?: string;
  header: string[];
  rows: CellValue[][];
  /** Written as an Excel table. */
  table?: boolean;
  /** Indexes of `rows` shown in red (quota overruns). */
  redRows?: number[];
  chart?: ChartSpec[];
}

export interface RollupSheet {
  kind: RollupSheetKind;
  name: string;
  blocks: Block[];
}

export const SHEET_NAMES: Record<RollupSheetKind, string> = {
  summary: "汇总",
  issues: "问题清单",
  quotas: "名额",
  stats: "统计",
  missing: "未报送",
};

const STAGE_FIELD = "月度工作进展情况";
const SEVERITY_TEXT = { error: "错误", warning: "警告" } as const;

function summaryBlock(result: RollupResult): Block {
  return {
    title: result.title,
    header: result.fields,
    rows: result.records.map((r) => result.fields.map((f) => r.values[f] ?? null)),
    table: true,
  };
}

function issuesBlock(issues: LocatedIssue[], describe: (issue: LocatedIssue) => string): Block {
  return {
    header: ["文件", "工作表", "行", "列", "字段", "级别", "问题", "值"],
    rows: issues.map((i) => [i.path ?? null, i.sheet ?? null, i.row ?? null, i.column ?? null, i.field ?? null, SEVERITY_TEXT[i.severity], describe(i), i.value ?? null]),
    table: true,
  };
}

function quotasBlock(result: RollupResult): Block {
  return {
    header: ["范围", "类别", "名额", "已报", "是否超额"],
    rows: result.quotas.map((q) => [q.scope, q.category || null, q.limit, q.count, q.exceeded ? "超额" : "否"]),
    redRows: result.quotas.flatMap((q, i) => (q.exceeded ? [i] : [])),
    table: true,
  };
}

function totalsBlock(result: RollupResult): Block | undefined {
  const totals = result.totals;
  if (!totals) return undefined;
  const withSpaces = totals.all.spaces !== undefined;
  const withBudget = totals.all.budget !== undefined;
  const header = ["区县", "行数", "学校数", ...(withSpaces ? ["空间数"] : []), ...(withBudget ? ["预算金额（万元）"] : [])];
  const row = (d: (typeof totals.districts)[number]): CellValue[] => [d.district, d.rows, d.schools, ...(withSpaces ? [d.spaces ?? 0] : []), ...(withBudget ? [d.budget ?? 0] : [])];
  const chart: ChartSpec[] = [{ type: "ColumnClustered", title: "各区县行数", columns: [0, 1] }];
  if (withBudget) chart.push({ type: "ColumnClustered", title: "各区县预算金额（万元）", columns: [0, header.length - 1] });
  return { title: "各区县汇总", header, rows: totals.districts.map(row), chart };
}

function gradesBlock(result: RollupResult): Block | undefined {
  const summary = result.gradeSummary;
  if (!summary) return undefined;
  return {
    title: `等级分布（共 ${summary.schools} 所学校）`,
    header: ["等级", "达到的学校数", "目标学校数", "是否达成"],
    rows: summary.targets.map((t) => [
      t.grade,
      t.count,
      t.kind === "share" ? Math.ceil(t.target * summary.schools) : t.target,
      t.met ? "达成" : "未达成",
    ]),
    chart: [{ type: "ColumnClustered", title: "等级分布与市级目标", columns: [0, 1, 2] }],
  };
}

function stagesBlock(result: RollupResult): Block | undefined {
  if (!result.fields.includes(STAGE_FIELD)) return undefined;
  const byDistrict = new Map<string, number[]>();
  for (const r of result.records) {
    const code = Number(r.values[STAGE_FIELD]);
    if (!Number.isInteger(code) || code < 1 || code > STAGES.length) continue;
    const district = r.district ?? "未知";
    const counts = byDistrict.get(district) ?? STAGES.map(() => 0);
    counts[code - 1]++;
    byDistrict.set(district, counts);
  }
  if (!byDistrict.size) return undefined;
  return {
    title: "各区县建设进展",
    header: ["区县", ...STAGES.map((s) => `${s.code} ${s.text}`)],
    rows: [...byDistrict].map(([district, counts]) => [district, ...counts]),
    chart: [{ type: "ColumnStacked", title: "各区县建设进展（按阶段）", columns: STAGES.map((_s, i) => i + 1).concat(0).sort((a, b) => a - b) }],
  };
}

function missingBlock(result: RollupResult): Block | undefined {
  const missing = result.issues.filter((i) => i.code === "not-submitted");
  if (!missing.length) return undefined;
  return {
    header: ["学校（单位）", "区县", "学校类型"],
    rows: missing.map((i) => [i.value ?? String(i.params?.school ?? i.params?.name ?? ""), (i.params?.district as string | undefined) ?? null, (i.params?.type as string | undefined) ?? null]),
    table: true,
  };
}

/** The sheets of a roll-up: 汇总, 问题清单, then 名额, 统计, 未报送 when they have something to show. */
export function rollupSheets(result: RollupResult, describe: (issue: LocatedIssue) => string): RollupSheet[] {
  const sheets: RollupSheet[] = [
    { kind: "summary", name: SHEET_NAMES.summary, blocks: [summaryBlock(result)] },
    { kind: "issues", name: SHEET_NAMES.issues, blocks: [issuesBlock(result.issues, describe)] },
  ];
  if (result.quotas.length) sheets.push({ kind: "quotas", name: SHEET_NAMES.quotas, blocks: [quotasBlock(result)] });
  const stats = [totalsBlock(result), gradesBlock(result), stagesBlock(result)].filter((b): b is Block => b !== undefined);
  if (stats.length) sheets.push({ kind: "stats", name: SHEET_NAMES.stats, blocks: stats });
  const missing = missingBlock(result);
  if (missing) sheets.push({ kind: "missing", name: SHEET_NAMES.missing, blocks: [missing] });
  return sheets;
}
