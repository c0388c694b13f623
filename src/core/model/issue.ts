import type { IssueParamsByCode } from "./issue-params";

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

export type { IssueParamsByCode, NumberReason, ReadFailureReason, UnreadableReason } from "./issue-params";

/** The facts of an issue of code `C` (`quota-exceeded` → `{ scope, category, count, limit }`). */
export type IssueParams<C extends IssueCode = IssueCode> = IssueParamsByCode[C];

/** Where an issue is and what it is about, whatever its code. */
export interface IssueFields {
  /** Canonical field name (docs/DOMAIN.md#layouts), absent for file- or sheet-level issues. */
  field?: string;
  /** 1-based row of the source sheet. */
  row?: number;
  /** 1-based column of the source sheet. */
  column?: number;
  /** The offending value as written, for the message and the issue list. */
  value?: string;
  /** Roll-up-level issues point at several source rows (quota overruns, duplicates). */
  rows?: Array<{ path?: string; sheet?: string; row: number }>;
}

/** An issue of one code, its params typed by the code. */
export interface IssueOf<C extends IssueCode> extends IssueFields {
  code: C;
  severity: Severity;
  /** Extra facts for the message: expected values, a quota's limit, a suggestion … */
  params?: IssueParams<C>;
}

/**
 * An issue is plain data. Creating one never builds a sentence: messages come from the
 * per-locale tables keyed by `code`. File and sheet are added where sources are combined.
 * A union on `code`, so `i.code === "quota-exceeded" ? i.params?.limit : …` reads typed params.
 */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/** Where a located issue is: the file and sheet, added where sources are combined. */
export interface IssueSource {
  path?: string;
  sheet?: string;
  /** `sheet` is a table of a Word document (`表格1`), not a worksheet: located as `某校.docx › 表格1 › 第 5 行`. */
  table?: true;
}

/** An issue once its source is known. */
export type LocatedIssue = Issue & IssueSource;

/** A code with its params, as a check reports it: the pair stays typed together. */
export type IssueFinding = { [C in IssueCode]: { code: C; params?: IssueParams<C> } }[IssueCode];

export function issue<C extends IssueCode>(code: C, fields: IssueFields & { params?: IssueParams<C> } = {}): IssueOf<C> {
  return { code, severity: ISSUE_SEVERITY[code], ...fields };
}

/** The issue a check's finding describes (its code and params kept paired), with where it is. */
export function issueFrom(found: IssueFinding, fields: IssueFields = {}): Issue {
  return { severity: ISSUE_SEVERITY[found.code], ...fields, ...found };
}

/** The params of `found` when it has code `code`, else `undefined`: a typed read for writers. */
export function paramsOf<C extends IssueCode>(found: Issue, code: C): IssueParams<C> | undefined {
  return found.code === code ? (found as IssueOf<C>).params : undefined;
}
