/**
 * The issue codes of docs/DOMAIN.md#issue-codes — the one list every report, message table and adapter uses.
 * Severity is part of the code's definition, not chosen by the check that raises it.
 */
export const ISSUE_SEVERITY = {
  "missing-value": "error",
  "invalid-phone": "error",
  "invalid-email": "error",
  "invalid-postcode": "error",
  "invalid-number": "error",
  "invalid-choice": "error",
  "invalid-date": "error",
  "normalized-value": "warning",
  "suspicious-value": "warning",
  "duplicate-row": "warning",
  "stage-regressed": "warning",
  "superseded-file": "warning",
  "quota-exceeded": "error",
  "not-submitted": "warning",
  "not-on-roster": "warning",
  "unknown-layout": "error",
  "unreadable-file": "error",
} as const;

export type IssueCode = keyof typeof ISSUE_SEVERITY;
export type Severity = "error" | "warning";
export const ISSUE_CODES = Object.keys(ISSUE_SEVERITY) as IssueCode[];

/** Values a message template may interpolate (`{limit}`, `{expected}` …). */
export type IssueParams = Record<string, string | number>;

/**
 * An issue is plain data. Creating one never builds a sentence: messages come from the
 * per-locale tables keyed by `code`. File and sheet are added where sources are combined.
 */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** Canonical field name (docs/DOMAIN.md#layouts), absent for file- or sheet-level issues. */
  field?: string;
  /** 1-based row of the source sheet. */
  row?: number;
  /** 1-based column of the source sheet. */
  column?: number;
  /** The offending value as written, for the message and the issue list. */
  value?: string;
  /** Extra facts for the message: expected values, a quota's limit, a suggestion … */
  params?: IssueParams;
  /** Roll-up-level issues point at several source rows (quota overruns, duplicates). */
  rows?: Array<{ path?: string; sheet?: string; row: number }>;
}

/** An issue once its source is known. */
export interface LocatedIssue extends Issue {
  path?: string;
  sheet?: string;
  /** `sheet` is a table of a Word document (`表格1`), not a worksheet: located as `某校.docx › 表格1 › 第 5 行`. */
  table?: true;
}

export function issue(code: IssueCode, fields: Omit<Issue, "code" | "severity"> = {}): Issue {
  return { code, severity: ISSUE_SEVERITY[code], ...fields };
}
