import type { Catalog } from "../../core/layouts/catalog";
import type { Issue, Severity } from "../../core/model/issue";
import { analyzeFile, type AnalyzedFile } from "../analyze-file";
import { EXIT_FINDINGS, EXIT_OK } from "../errors";
import { listInputs } from "../input-files";
import { issueMessage, issueSentence } from "../issue-message";
import type { Locale } from "../locale";
import { columnLetter } from "../../core/messages/column-letter";
import { requireLayout } from "../../core/layouts/unknown-layout-error";

export interface ValidateOptions {
  cwd: string;
  files: string[];
  layoutId?: string;
  city?: string;
  locale: Locale;
  /** The layouts to recognise. */
  catalog: Catalog;
}

/** One issue, located and worded: what the table shows and the JSON report holds. */
export interface ReportedIssue {
  path: string;
  sheet: string | null;
  row: number | null;
  column: number | null;
  /** Excel's letter of `column` (`H`), for a person looking for the cell. */
  columnLetter: string | null;
  field: string | null;
  code: Issue["code"];
  severity: Severity;
  value?: string;
  /** The full sentence: file, sheet, row, column and what is wrong. */
  message: string;
  /** What is wrong, without the location (the table's last column). */
  sentence: string;
}

/** What happened to each sheet (or to a file that could not be read). */
export interface ValidatedSheet {
  path: string;
  sheet: string | null;
  status: "checked" | "failed" | "unknown-layout" | "skipped";
  layout: string | null;
  /** Data rows read. */
  rows: number;
  hidden?: boolean;
  error?: string;
}

export interface ValidateResult {
  files: ValidatedSheet[];
  issues: ReportedIssue[];
  totals: { files: number; rows: number; errors: number; warnings: number };
}

export function reportIssue(issue: Issue, locale: Locale, path: string, sheet: string | null, table = false): ReportedIssue {
  return {
    path,
    sheet,
    row: issue.row ?? null,
    column: issue.column ?? null,
    columnLetter: issue.column ? columnLetter(issue.column) : null,
    field: issue.field ?? null,
    code: issue.code,
    severity: issue.severity,
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    message: issueMessage(issue, locale, path, sheet ?? undefined, table),
    sentence: issueSentence(issue, locale),
  };
}

/**
 * A file's sheets and issues. A sheet that matches no layout beside one that does (a 填表说明 sheet)
 * is listed as skipped, not as an error: the file's data was found.
 */
export function validateFile(file: AnalyzedFile, locale: Locale): { sheets: ValidatedSheet[]; issues: ReportedIssue[] } {
  if (file.error) {
    const reported = reportIssue(file.error, locale, file.path, null);
    return {
      sheets: [{ path: file.path, sheet: null, status: "failed", layout: null, rows: 0, error: reported.message }],
      issues: [reported],
    };
  }
  const anyMatched = file.sheets.some((s) => s.detection);
  const sheets: ValidatedSheet[] = [];
  const issues: ReportedIssue[] = [];
  for (const sheet of file.sheets) {
    const hidden = sheet.hidden ? { hidden: true } : {};
    if (!sheet.detection) {
      sheets.push({ path: file.path, sheet: sheet.sheet, status: anyMatched ? "skipped" : "unknown-layout", layout: null, rows: 0, ...hidden });
      if (!anyMatched) issues.push(...sheet.issues.map((i) => reportIssue(i, locale, file.path, sheet.sheet, sheet.kind === "word-table")));
      continue;
    }
    sheets.push({ path: file.path, sheet: sheet.sheet, status: "checked", layout: sheet.detection.layoutId, rows: sheet.records.length, ...hidden });
    issues.push(...sheet.issues.map((i) => reportIssue(i, locale, file.path, sheet.sheet, sheet.kind === "word-table")));
  }
  if (file.sheets.length === 0) {
    sheets.push({ path: file.path, sheet: null, status: "unknown-layout", layout: null, rows: 0 });
  }
  return { sheets, issues };
}

/** Every issue of every file, by file, sheet and row. */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  if (options.layoutId) requireLayout(options.catalog, options.layoutId);
  const { files } = listInputs(options.files, options.cwd);
  const result: ValidateResult = { files: [], issues: [], totals: { files: files.length, rows: 0, errors: 0, warnings: 0 } };
  for (const input of files) {
    const file = await analyzeFile(input, { catalog: options.catalog, layoutId: options.layoutId, city: options.city });
    const { sheets, issues } = validateFile(file, options.locale);
    result.files.push(...sheets);
    result.issues.push(...issues);
  }
  result.totals.rows = result.files.reduce((n, s) => n + s.rows, 0);
  result.totals.errors = result.issues.filter((i) => i.severity === "error").length;
  result.totals.warnings = result.issues.length - result.totals.errors;
  return result;
}

export function validateExitCode(result: ValidateResult): number {
  const unmatched = result.files.some((f) => f.status === "failed" || f.status === "unknown-layout");
  return result.totals.errors > 0 || unmatched ? EXIT_FINDINGS : EXIT_OK;
}
