import type { ReportedIssue, ValidateResult } from "../commands/validate";
import type { Locale } from "../locale";
import { t } from "../text/translate";
import { renderTable } from "./table";

/** Issues grouped by file and sheet, one table each: row, column letter, field, code, message. */
export function renderIssueTables(issues: ReportedIssue[], locale: Locale): string[] {
  const groups = new Map<string, ReportedIssue[]>();
  for (const issue of issues) {
    const key = `${issue.path}\u0000${issue.sheet ?? ""}`;
    const list = groups.get(key) ?? [];
    list.push(issue);
    groups.set(key, list);
  }
  const out: string[] = [];
  for (const list of groups.values()) {
    const first = list[0];
    out.push(first.sheet ? `${first.path} · ${first.sheet}` : first.path);
    const rows = [...list]
      .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((i) => [
        i.row === null ? "" : String(i.row),
        i.columnLetter ?? "",
        i.field ?? "",
        `${i.severity === "error" ? "✗" : "!"} ${i.code}`,
        i.sentence,
      ]);
    const header = [t(locale, "col.row"), t(locale, "col.column"), t(locale, "col.field"), t(locale, "col.code"), t(locale, "col.message")];
    out.push(...renderTable(header, rows).split("\n").map((l) => `  ${l}`), "");
  }
  return out;
}

export function renderValidate(result: ValidateResult, locale: Locale): string {
  const out = result.issues.length ? renderIssueTables(result.issues, locale) : [t(locale, "validate.noIssues"), ""];
  out.push(
    t(locale, "validate.summary", {
      files: result.totals.files,
      rows: result.totals.rows,
      errors: result.totals.errors,
      warnings: result.totals.warnings,
    }),
  );
  return out.join("\n");
}
