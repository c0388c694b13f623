import { skippedRowsText } from "../messages/skip-reason";
import type { LayoutRoles } from "../rollup/layout-roles";
import type { DistrictTotals, RollupResult } from "../rollup/result";
import { STAGES, stageCode } from "../rules/stages";
import type { ChartSpec, ReportBlock, ReportCell, ReportSheet } from "./report-model";
import { roundTo } from "./round-to";

/**
 * `统计`: rows, schools and the layout's summed fields (its spaces and budget roles, headed by the
 * fields' own names) per district and in all, with charts per district; for a monthly progress
 * report, the schools at each stage per district. Absent when the roll-up has neither.
 */
export function statsSheet(result: RollupResult, roles: LayoutRoles): ReportSheet | undefined {
  const blocks = [totalsBlock(result, roles), stagesBlock(result, roles)].filter((b): b is ReportBlock => b !== undefined);
  if (!blocks.length) return undefined;
  return { kind: "stats", name: "统计", title: `${result.title}（统计）`, info: rowAccounting(result), blocks };
}

function totalsBlock(result: RollupResult, roles: LayoutRoles): ReportBlock | undefined {
  const totals = result.totals;
  if (!totals) return undefined;
  const sums: Array<{ field: string; of: (d: DistrictTotals) => ReportCell }> = [];
  if (roles.spaces) sums.push({ field: roles.spaces, of: (d) => d.spaces ?? null });
  if (roles.budget) sums.push({ field: roles.budget, of: (d) => (d.budget === undefined ? null : roundTo(d.budget, 4)) });
  const header = ["区县", "行数", "学校数", ...sums.map((s) => s.field)];
  const districts = totals.districts.length;
  const charts: ChartSpec[] = [{ type: "ColumnClustered", title: "各区县行数", columns: [0, 1], rows: districts }];
  if (roles.budget) charts.push({ type: "ColumnClustered", title: `各区县${roles.budget}`, columns: [0, header.length - 1], rows: districts });
  return {
    header,
    rows: [...totals.districts, totals.all].map((d) => [d.district, d.rows, d.schools, ...sums.map((s) => s.of(d))]),
    list: false,
    marks: [],
    overrunRows: [],
    charts,
  };
}

/** Schools at each stage (the stage role's codes 1–7) per district, in the roll-up's district order. */
function stagesBlock(result: RollupResult, roles: LayoutRoles): ReportBlock | undefined {
  const field = roles.stage;
  if (field === undefined) return undefined;
  const byDistrict = new Map<string, number[]>();
  for (const r of result.records) {
    const code = stageCode(r.values[field])?.code;
    if (code === undefined) continue;
    const district = r.district ?? "未知";
    const counts = byDistrict.get(district) ?? STAGES.map(() => 0);
    counts[code - 1]++;
    byDistrict.set(district, counts);
  }
  if (!byDistrict.size) return undefined;
  return {
    caption: "各区县建设进展",
    header: ["区县", ...STAGES.map((s) => `${s.code} ${s.text}`)],
    rows: [...byDistrict].map(([district, counts]) => [district, ...counts]),
    list: false,
    marks: [],
    overrunRows: [],
    charts: [{ type: "ColumnStacked", title: "各区县建设进展（按阶段）", columns: [0, ...STAGES.map((_s, i) => i + 1)], rows: byDistrict.size }],
  };
}

/** `数据行：12（汇总 10，剔除 2）  跳过的行：3（小计/合计行 2、示例行 1）`: every row the roll-up looked at. */
function rowAccounting(result: RollupResult): string {
  const r = result.rows;
  const skipped = r.skipped > 0 ? `（${skippedRowsText(r.skippedBy)}）` : "";
  return `数据行：${r.read}（汇总 ${r.merged}，剔除 ${r.rejected}）  跳过的行：${r.skipped}${skipped}`;
}
