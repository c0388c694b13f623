import { skippedRowsText } from "../../core/messages/skip-reason";
import { ISSUE_SEVERITY, type IssueCode } from "../../core/model/issue";
import type { RowCounts } from "../../core/rollup/result";
import type { RollupCommandResult } from "../commands/rollup";
import type { Locale } from "../locale";
import { t } from "../text/translate";
import { renderFeedback, renderResubmissions } from "./feedback-summary";
import { renderTable } from "./table";

/**
 * What a person reads at the end of a roll-up: files set aside and why, the workbooks written,
 * and one table of counts (a column per layout).
 */
export function renderRollupSummary(result: RollupCommandResult, locale: Locale, reportPath?: string, mode: "rollup" | "feedback" = "rollup"): string {
  const out: string[] = [];
  const files = result.report.files;

  const failed = files.filter((f) => f.status === "failed" || f.status === "unknown-layout");
  if (failed.length) {
    out.push(t(locale, "rollup.failedHeader"));
    for (const f of failed) {
      const where = f.sheet ? `${f.path} · ${f.sheet}` : f.path;
      const why = f.error && "message" in f.error ? String(f.error.message) : t(locale, f.status === "failed" ? "summary.filesFailed" : "reason.unknownLayout");
      out.push(`  ✗ ${where}: ${why}`);
    }
    out.push("");
  }
  const skipped = files.filter((f) => f.status === "skipped");
  if (skipped.length) {
    out.push(t(locale, "rollup.skippedHeader"));
    for (const f of skipped) out.push(`  - ${f.sheet ? `${f.path} · ${f.sheet}` : f.path}${f.reason ? `: ${f.reason}` : ""}`);
    out.push("");
  }

  if (mode === "rollup") {
    for (const w of result.written) out.push(t(locale, "rollup.wrote", { out: w.out, layout: w.layout, rows: w.result.rows.merged }));
    if (reportPath) out.push(t(locale, "rollup.reportWrote", { path: reportPath }));
    if (!result.written.length) out.push(t(locale, "run.nothingRolledUp"));
    out.push("");
  } else if (reportPath) out.push(t(locale, "rollup.reportWrote", { path: reportPath }), "");
  out.push(...renderFeedback(result.report, locale));
  out.push(...renderResubmissions(result.report, locale));

  for (const rollup of result.report.rollups) {
    if (!rollup.issues.length) continue;
    const sentences = result.written.find((w) => w.layout === rollup.layout)?.result.sentences ?? [];
    out.push(`${rollup.layout}: ${t(locale, "rollup.issuesHeader", { count: rollup.issues.length })}`);
    const shown = rollup.issues.slice(0, MAX_ISSUES_SHOWN);
    const rows = shown.map((i, k) => [
      i.path ? `${i.path}${i.sheet ? ` · ${i.sheet}` : ""}` : "",
      i.row === null ? "" : String(i.row),
      `${i.severity === "error" ? "✗" : "!"} ${i.code}`,
      sentences[k] ?? i.message,
    ]);
    const header = [t(locale, "col.file"), t(locale, "col.row"), t(locale, "col.code"), t(locale, "col.message")];
    const table = renderTable(header, rows).split("\n");
    out.push(...table.map((l) => `  ${l}`));
    if (rollup.issues.length > shown.length) out.push(`  ${t(locale, "rollup.moreIssues", { count: rollup.issues.length - shown.length })}`);
    out.push("");
  }

  const c = result.counts;
  out.push(t(locale, "rollup.summaryTitle"));
  out.push(
    `  ${t(locale, "summary.filesMerged")} ${c.filesMerged} · ${t(locale, "summary.filesFailed")} ${c.filesFailed} · ` +
      `${t(locale, "summary.filesUnknown")} ${c.filesUnknown} · ${t(locale, "summary.filesSkipped")} ${c.filesSkipped}`,
  );
  if (!result.written.length) return out.join("\n");
  type Written = RollupCommandResult["written"][number];
  const per = (f: (w: Written) => number) => result.written.map((w) => String(f(w)));
  const code = (name: string) => (w: Written) => w.result.issueCounts[name] ?? 0;
  const severity = (error: boolean) => (w: Written) =>
    Object.entries(w.result.issueCounts).filter(([k]) => isError(k) === error).reduce((n, [, v]) => n + v, 0);
  const mergedFiles = (w: Written) => new Set(files.filter((f) => f.status === "merged" && f.layout === w.layout).map((f) => f.path)).size;
  const rows: string[][] = [
    [t(locale, "summary.filesMerged"), ...per(mergedFiles)],
    [t(locale, "summary.rowsRead"), ...per((w) => w.result.rows.read)],
    [t(locale, "summary.rowsMerged"), ...per((w) => w.result.rows.merged)],
    [t(locale, "summary.rowsRejected"), ...per((w) => w.result.rows.rejected)],
    [t(locale, "summary.rowsSkipped"), ...result.written.map((w) => skippedCell(w.result.rows, locale))],
    [t(locale, "summary.errors"), ...per(severity(true))],
    [t(locale, "summary.warnings"), ...per(severity(false))],
    [t(locale, "summary.quotaOverruns"), ...per((w) => w.result.quotas.filter((q) => q.exceeded).length)],
    [t(locale, "summary.notSubmitted"), ...per(code("not-submitted"))],
    [t(locale, "summary.notOnRoster"), ...per(code("not-on-roster"))],
  ];
  const header = [t(locale, "summary.item"), ...result.written.map((w) => w.layout)];
  out.push(...renderTable(header, rows).split("\n").map((l) => `  ${l}`));
  return out.join("\n");
}

/** More than this many issues per roll-up are left to the report and the workbook. */
const MAX_ISSUES_SHOWN = 30;

/** `3（小计/合计行 2、示例行 1）`: the rows skipped as not data, and why. */
function skippedCell(rows: RowCounts, locale: Locale): string {
  const why = skippedRowsText(rows.skippedBy, locale);
  return why ? `${rows.skipped}${locale === "zh-CN" ? `（${why}）` : ` (${why})`}` : String(rows.skipped);
}

function isError(code: string): boolean {
  return ISSUE_SEVERITY[code as IssueCode] === "error";
}
