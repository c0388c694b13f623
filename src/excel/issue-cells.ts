/** Issues → the cells of one sheet they point at, one entry per cell with its worst severity. */

import type { LocatedIssue, Severity } from "../core/model/issue";

export interface IssueCell {
  /** 0-based on the sheet. */
  row: number;
  column: number;
  severity: Severity;
  issues: LocatedIssue[];
}

/**
 * The cells of `sheet` that `issues` point at. An issue names its cell by `row` + `column` (1-based);
 * a row-level issue without a column marks the row's first column (`firstColumn`, 1-based); a roll-up
 * issue marks each of its `rows` that lies on this sheet. Issues of other sheets are left out.
 */
export function issueCells(issues: readonly LocatedIssue[], sheet: string, firstColumn: number): IssueCell[] {
  const cells = new Map<string, IssueCell>();
  const add = (row: number, column: number, issue: LocatedIssue) => {
    if (row < 1 || column < 1) return;
    const key = `${row},${column}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { row: row - 1, column: column - 1, severity: issue.severity, issues: [] };
      cells.set(key, cell);
    }
    if (issue.severity === "error") cell.severity = "error";
    if (!cell.issues.includes(issue)) cell.issues.push(issue);
  };
  for (const issue of issues) {
    if (issue.sheet !== undefined && issue.sheet !== sheet) {
      // A roll-up issue may still point at rows of this sheet.
      for (const r of issue.rows ?? []) if (r.sheet === sheet) add(r.row, issue.column ?? firstColumn, issue);
      continue;
    }
    if (issue.row !== undefined) add(issue.row, issue.column ?? firstColumn, issue);
    for (const r of issue.rows ?? []) if (r.sheet === undefined || r.sheet === sheet) add(r.row, issue.column ?? firstColumn, issue);
  }
  return [...cells.values()];
}
