import type { LocatedIssue } from "../../core/model/issue";

/** The key of a graded sheet: its file and sheet. */
export const sheetKey = (path: string | undefined, sheet: string | undefined): string => `${path ?? ""}\u0000${sheet ?? ""}`;

/**
 * How many issues each graded sheet has (unmarked or doubly marked indicators …), so the grade table
 * can say which school's count rests on an incomplete sheet.
 */
export function issuesPerSheet(issues: readonly LocatedIssue[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    const key = sheetKey(issue.path, issue.sheet);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
