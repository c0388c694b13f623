import { formatIssue, type Locale } from "../messages/format-issue";
import type { LocatedIssue } from "../model/issue";
import type { FileEntry, GradeSummary, QuotaUsage, RollupRun, RollupTotals, RowCounts } from "./result";

/** One issue of the JSON report: located, with its sentence in the run's language. */
export interface ReportIssue {
  path: string | null;
  sheet: string | null;
  /** 1-based source row; null for an issue of a whole sheet or of the roll-up. */
  row: number | null;
  /** 1-based source column of the cell; null when the issue is not about one cell. */
  column: number | null;
  /** Canonical field; null when the issue is not about one field. */
  field: string | null;
  code: LocatedIssue["code"];
  severity: LocatedIssue["severity"];
  message: string;
  value?: string;
  params?: LocatedIssue["params"];
  /** The rows a roll-up-level issue points at (duplicates, quota overruns, roster, stages). */
  rows?: Array<{ path?: string; sheet?: string; row: number }>;
}

export interface ReportFile {
  path: string;
  sheet: string | null;
  status: FileEntry["status"];
  layout: string | null;
  rows: number;
  /** Why the file failed or the sheet matched no layout: the issue with its sentence. */
  error?: ReportIssue;
  note?: FileEntry["note"];
  /** Rows of the sheet skipped as not data, by reason (`subtotal`, `example`, `instruction`, `blank` …). */
  skipped?: FileEntry["skipped"];
}

export interface ReportRollup {
  layout: string;
  /** The roll-up workbook written, as the caller names it; null when none was written. */
  out: string | null;
  rows: RowCounts;
  issues: ReportIssue[];
  quotas: QuotaUsage[];
  grades?: Array<{ school: string; A: number; B: number; C: number; D: number; grade: string }>;
  gradeSummary?: GradeSummary;
  levels?: Array<{ school: string; items: string[]; count: number; level: string }>;
  totals?: RollupTotals;
  periods?: string[];
  /** Schools that sent a newer file: the file kept, the file left out, and the issues fixed, still open and new. */
  resubmissions?: Array<{ school: string; path: string; sheet: string; earlierPath: string; earlierSheet: string; fixed: ReportIssue[]; open: ReportIssue[]; added: ReportIssue[] }>;
  /** Rows read but not merged, each with its reason and the row kept in its place. */
  rejected: Array<{ path: string; sheet: string; row: number; reason: string; keptRow?: { path: string; sheet: string; row: number } }>;
}

/** The JSON report (`--report FILE`): every input sheet's fate, one roll-up per layout. */
export interface RollupReport {
  files: ReportFile[];
  rollups: ReportRollup[];
}

export type IssueFormatter = (issue: LocatedIssue, locale: string) => string;

export interface ReportOptions {
  /** Language of the messages (`zh-CN` default, `en-US`). */
  locale?: Locale;
  /** Output workbook per layout id. */
  outputs?: Record<string, string>;
  /** The sentence of an issue; the engine's message tables by default. */
  format?: IssueFormatter;
}

const engineFormat: IssueFormatter = (issue, locale) => formatIssue(issue, locale === "en-US" ? "en-US" : "zh-CN");

function reportIssue(issue: LocatedIssue, locale: string, format: IssueFormatter): ReportIssue {
  const out: ReportIssue = {
    path: issue.path ?? null,
    sheet: issue.sheet ?? null,
    row: issue.row ?? null,
    column: issue.column ?? null,
    field: issue.field ?? null,
    code: issue.code,
    severity: issue.severity,
    message: format(issue, locale),
  };
  if (issue.value !== undefined) out.value = issue.value;
  if (issue.params && Object.keys(issue.params).length > 0) out.params = issue.params;
  if (issue.rows) out.rows = issue.rows;
  return out;
}

function reportFile(entry: FileEntry, locale: string, format: IssueFormatter): ReportFile {
  const out: ReportFile = { path: entry.path, sheet: entry.sheet, status: entry.status, layout: entry.layout, rows: entry.rows };
  if (entry.error) out.error = reportIssue({ ...entry.error, path: entry.path, ...(entry.sheet ? { sheet: entry.sheet } : {}) }, locale, format);
  if (entry.note) out.note = entry.note;
  if (entry.skipped) out.skipped = entry.skipped;
  return out;
}

/** The JSON report of a run, in the stable shape the CLI writes and other tools read. */
export function toReport(run: RollupRun, options: ReportOptions = {}): RollupReport {
  const locale = options.locale ?? "zh-CN";
  const format = options.format ?? engineFormat;
  return {
    files: run.files.map((f) => reportFile(f, locale, format)),
    rollups: run.rollups.map((r) => {
      const out: ReportRollup = {
        layout: r.layout,
        out: options.outputs?.[r.layout] ?? null,
        rows: r.rows,
        issues: r.issues.map((i) => reportIssue(i, locale, format)),
        quotas: r.quotas,
        rejected: r.rejected.map((x) => ({ path: x.source.path, sheet: x.source.sheet, row: x.source.row, reason: x.reason, ...(x.keptRow ? { keptRow: { path: x.keptRow.path, sheet: x.keptRow.sheet, row: x.keptRow.row } } : {}) })),
      };
      if (r.grades) out.grades = r.grades.map(({ school, A, B, C, D, grade }) => ({ school, A, B, C, D, grade }));
      if (r.gradeSummary) out.gradeSummary = r.gradeSummary;
      if (r.levels) out.levels = r.levels.map(({ school, items, count, level }) => ({ school, items, count, level }));
      if (r.totals) out.totals = r.totals;
      if (r.periods) out.periods = r.periods;
      if (r.resubmissions) {
        out.resubmissions = r.resubmissions.map((x) => ({
          school: x.school,
          path: x.path,
          sheet: x.sheet,
          earlierPath: x.earlierPath,
          earlierSheet: x.earlierSheet,
          fixed: x.fixed.map((i) => reportIssue(i, locale, format)),
          open: x.open.map((i) => reportIssue(i, locale, format)),
          added: x.added.map((i) => reportIssue(i, locale, format)),
        }));
      }
      return out;
    }),
  };
}
