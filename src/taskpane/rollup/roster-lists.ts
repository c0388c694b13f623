import type { LocatedIssue } from "../../core/model/issue";

/** The codes the roster comparison produces; the pane lists them in their own box, not among the row issues. */
export const ROSTER_CODES = ["not-submitted", "not-on-roster"] as const;

/** One school (or district) of either roster list, with the closest name of the other side. */
export interface RosterLine {
  name: string;
  /** The likeliest intended name: for a school that sent nothing, a submitter's; for a stranger, a roster entry's. */
  suggestion?: string;
  /** The roster's 区县 of a school that sent nothing. */
  district?: string;
  /** Where the name is: the roster's row (not submitted) or the first submitted row (not on the roster). */
  path?: string;
  sheet?: string;
  row?: number;
}

export interface RosterLists {
  notSubmitted: RosterLine[];
  notOnRoster: RosterLine[];
}

function line(issue: LocatedIssue): RosterLine {
  const suggestion = issue.code === "not-submitted" || issue.code === "not-on-roster" ? issue.params?.suggestion : undefined;
  const district = issue.code === "not-submitted" ? issue.params?.district : undefined;
  const out: RosterLine = { name: String(issue.value ?? "") };
  if (suggestion) out.suggestion = suggestion;
  if (district) out.district = district;
  if (issue.path !== undefined) out.path = issue.path;
  if (issue.sheet !== undefined) out.sheet = issue.sheet;
  if (issue.row !== undefined) out.row = issue.row;
  return out;
}

/** The roll-up's roster issues as the two lists the pane shows side by side (a typo appears in both). */
export function rosterLists(issues: readonly LocatedIssue[]): RosterLists {
  return {
    notSubmitted: issues.filter((issue) => issue.code === "not-submitted").map(line),
    notOnRoster: issues.filter((issue) => issue.code === "not-on-roster").map(line),
  };
}

/** The issues other than the roster's, for the row-issue list below the roster box. */
export function withoutRosterIssues(issues: readonly LocatedIssue[]): LocatedIssue[] {
  return issues.filter((issue) => !(ROSTER_CODES as readonly string[]).includes(issue.code));
}
