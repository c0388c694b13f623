import type { LocatedIssue, Severity } from "../model/issue";
import type { MergedRow } from "../rollup/result";

/** Severity of each marked cell of the `汇总` sheet: data row index → field → severity. */
export type IssueCells = Map<number, Map<string, Severity>>;

/**
 * Which cells of the roll-up's rows carry an issue, so the written `汇总` sheet shows them as the
 * pane marks a sheet. An issue is placed on the merged row that came from its source row; an issue
 * pointing at several rows (a duplicate, a quota overrun) marks each of them. Without a field, the
 * school's cell is marked. Errors win over warnings on the same cell; issues about rows that are
 * not in the roll-up (a roster's row) mark nothing.
 */
export function issueCells(rows: readonly MergedRow[], issues: readonly LocatedIssue[], schoolField: string | undefined): IssueCells {
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => rowOf.set(sourceKey(r.source.path, r.source.sheet, r.source.row), i));
  const cells: IssueCells = new Map();
  const mark = (path: string | undefined, sheet: string | undefined, row: number | undefined, field: string | undefined, severity: Severity) => {
    if (row === undefined) return;
    const index = rowOf.get(sourceKey(path, sheet, row));
    const target = field ?? schoolField;
    if (index === undefined || target === undefined) return;
    let fields = cells.get(index);
    if (!fields) cells.set(index, (fields = new Map()));
    if (fields.get(target) !== "error") fields.set(target, severity);
  };
  for (const issue of issues) {
    if (issue.rows?.length) for (const r of issue.rows) mark(r.path ?? issue.path, r.sheet ?? issue.sheet, r.row, issue.field, issue.severity);
    else mark(issue.path, issue.sheet, issue.row, issue.field, issue.severity);
  }
  return cells;
}

function sourceKey(path: string | undefined, sheet: string | undefined, row: number): string {
  return `${path ?? ""}\u0000${sheet ?? ""}\u0000${row}`;
}
