import type { Issue } from "../model/issue";

/** What a `not-submitted` issue says of the roster entry besides its name (the issue's `value`). */
export interface NotSubmittedParams {
  district?: string;
  suggestion?: string;
  /** The roster's 学校类型, when it has the column. */
  schoolType?: string;
}

/**
 * The params of a `not-submitted` issue, read in this one place: issue params are untyped
 * (`Record<string, unknown>`) until each code has its own type, and this accessor is what then goes.
 */
export function notSubmittedParams(issue: Issue): NotSubmittedParams {
  const p = issue.params ?? {};
  const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
  return { district: text(p.district), suggestion: text(p.suggestion), schoolType: text(p.schoolType) };
}
