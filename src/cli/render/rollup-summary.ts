import { ISSUE_SEVERITY, type IssueCode } from "../../core/model/issue";
import type { RollupCommandResult } from "../commands/rollup";
import type { Locale } from "../locale";
import { t } from "../text/translate";
import { renderTable } from "./table";

/**
 * What a person reads at the end of a roll-up: files set aside and why, the workbooks written,
 * and one table of counts (a column per layout).
 */
export function renderRollupSummary(result: RollupCommandResult, locale: Locale, reportPath?: string): string {
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

  for (const w of result.written) out.push(t(locale, "rollup.wrote", { out: w.out, layout: w.layout, rows: w.result.rows.merged }));
  if (reportPath) out.push(t(locale, "rollup.reportWrote", { path: reportPath }));
  if (!result.written.length) out.push(t(locale, "run.nothingRolledUp"));
  out.push("");

  const layouts = result.written.map((w) => w.layout);
  const per = (f: (w: RollupCommandResult["written"][number]) => number) => result.written.map((w) => String(f(w)));
  const code = (name: string) => (w: RollupCommandResult["written"][number]) => w.result.issueCounts[name] ?? 0;
  const c = result.counts;
  const fileRow = (key: Parameters<typeof t>[1], n: number) => [t(locale, key), String(n), ...layouts.slice(1).map(() => "")];
  const rows: string[][] = [
    fileRow("summary.filesMerged", c.filesMerged),
    fileRow("summary.filesFailed", c.filesFailed),
    fileRow("summary.filesUnknown", c.filesUnknown),
    fileRow("summary.filesSkipped", c.filesSkipped),
  ];
  if (layouts.length) {
    rows.push(
      [t(locale, "summary.rowsRead"), ...per((w) => w.result.rows.read)],
      [t(locale, "summary.rowsMerged"), ...per((w) => w.result.rows.merged)],
      [t(locale, "summary.rowsRejected"), ...per((w) => w.result.rows.rejected)],
      [t(locale, "summary.errors"), ...per((w) => Object.entries(w.result.issueCounts).filter(([k]) => isError(k)).reduce((n, [, v]) => n + v, 0))],
      [t(locale, "summary.warnings"), ...per((w) => Object.entries(w.result.issueCounts).filter(([k]) => !isError(k)).reduce((n, [, v]) => n + v, 0))],
      [t(locale, "summary.quotaOverruns"), ...per((w) => w.result.quotas.filter((q) => q.exceeded).length)],
      [t(locale, "summary.notSubmitted"), ...per(code("not-submitted"))],
      [t(locale, "summary.notOnRoster"), ...per(code("not-on-roster"))],
    );
  }
  out.push(t(locale, "rollup.summaryTitle"));
  const header = [t(locale, "summary.item"), ...(layouts.length ? layouts : [""])];
  out.push(...renderTable(header, rows.map((r) => (layouts.length ? r : r.slice(0, 2)))).split("\n").map((l) => `  ${l}`));
  return out.join("\n");
}

function isError(code: string): boolean {
  return ISSUE_SEVERITY[code as IssueCode] === "error";
}
