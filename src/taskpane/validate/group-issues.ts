import type { IssueCode, LocatedIssue } from "../../core/model/issue";

/** Issues under one heading of the list: one source row, or one issue code. */
export interface IssueGroup {
  key: string;
  /** Set when grouped by row; absent for the group of sheet-level issues. */
  row?: number;
  code?: IssueCode;
  issues: LocatedIssue[];
  errors: number;
  warnings: number;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
}

export function countSeverities(issues: readonly LocatedIssue[]): SeverityCounts {
  let errors = 0;
  for (const issue of issues) if (issue.severity === "error") errors += 1;
  return { errors, warnings: issues.length - errors };
}

function group(key: string, issues: LocatedIssue[], extra: Partial<IssueGroup>): IssueGroup {
  return { key, issues, ...countSeverities(issues), ...extra };
}

/** Appends to the key's list (in place: a copy per issue made a roll-up's thousands of issues quadratic). */
function pushTo<K>(lists: Map<K, LocatedIssue[]>, key: K, issue: LocatedIssue): void {
  const list = lists.get(key);
  if (list) list.push(issue);
  else lists.set(key, [issue]);
}

const byColumn = (a: LocatedIssue, b: LocatedIssue) => (a.column ?? 0) - (b.column ?? 0);

/** Sheet-level issues first, then one group per source row in row order; within a row, by column. */
export function groupIssuesByRow(issues: readonly LocatedIssue[]): IssueGroup[] {
  const sheetLevel: LocatedIssue[] = [];
  const rows = new Map<number, LocatedIssue[]>();
  for (const issue of issues) {
    if (issue.row === undefined) sheetLevel.push(issue);
    else pushTo(rows, issue.row, issue);
  }
  const groups = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, list]) => group(`row-${row}`, [...list].sort(byColumn), { row }));
  return sheetLevel.length > 0 ? [group("sheet", sheetLevel, {}), ...groups] : groups;
}

/** One group per issue code: errors before warnings, then the commonest first; within a code, by row. */
export function groupIssuesByCode(issues: readonly LocatedIssue[]): IssueGroup[] {
  const codes = new Map<IssueCode, LocatedIssue[]>();
  for (const issue of issues) pushTo(codes, issue.code, issue);
  return [...codes.entries()]
    .map(([code, list]) =>
      group(`code-${code}`, [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || byColumn(a, b)), { code }),
    )
    .sort((a, b) => b.errors - a.errors || b.issues.length - a.issues.length || a.key.localeCompare(b.key));
}
