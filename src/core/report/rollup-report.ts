import type { Layout } from "../layout/schema";
import type { Locale } from "../messages/format-issue";
import { layoutRoles } from "../rollup/layout-roles";
import type { RollupResult } from "../rollup/result";
import { filesSheet } from "./files-sheet";
import { gradeSummarySheet, gradesSheet, levelsSheet } from "./grade-sheets";
import { issuesSheet, missingSheet } from "./issue-sheets";
import { quotaSheet } from "./quota-sheet";
import type { ReportSheet, RollupReport } from "./report-model";
import { REPORT_WORDS } from "./report-words";
import { statsSheet } from "./stats-sheet";
import { summarySheet } from "./summary-sheet";

export interface RollupReportOptions {
  /** Language of the messages, severities and yes / no; headers and sheet names stay those of the official table. */
  locale?: Locale;
  /** Who rolls up (`湖州市教育局`), for the info line; defaults to the city, and the district when every row is of one (`湖州市吴兴区`). */
  unit?: string;
  /** Date printed on the info line (ISO `YYYY-MM-DD`); defaults to today. */
  date?: string;
}

/**
 * The roll-up workbook of `result` (of `layout`): `汇总`, then `等级` / `等级分布` / `申报项目` for
 * the indicator and form layouts, `问题清单`, `名额`, `统计` (when there are totals or stages),
 * `未报送` (when a roster was given) and `文件`.
 */
export function rollupReport(result: RollupResult, layout: Layout, options: RollupReportOptions = {}): RollupReport {
  const locale = options.locale ?? "zh-CN";
  const words = REPORT_WORDS[locale];
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const unit = options.unit ?? defaultUnit(result);
  const periods = result.periods?.length ? `  报告期：${result.periods.join("、")}` : "";
  const info = `汇总单位：${unit}  汇总日期：${date}  文件数：${new Set(result.files.map((f) => f.path)).size}  汇总行数：${result.records.length}${periods}`;
  const sheets: Array<ReportSheet | undefined> = [
    summarySheet(result, info),
    gradesSheet(result),
    gradeSummarySheet(result, words),
    levelsSheet(result),
    issuesSheet(result, locale, words),
    quotaSheet(result, words),
    statsSheet(result, layoutRoles(layout)),
    missingSheet(result),
    filesSheet(result, locale),
  ];
  return { sheets: sheets.filter((s): s is ReportSheet => s !== undefined) };
}

/** A county's roll-up names its county; a city's, its city. */
function defaultUnit(result: RollupResult): string {
  const districts = new Set(result.records.map((r) => r.district).filter((d): d is string => d !== null));
  const [only] = districts;
  const city = result.city ?? "";
  return districts.size === 1 && !only.startsWith(city || "\u0000") ? `${city}${only}` : city || (only ?? "");
}
