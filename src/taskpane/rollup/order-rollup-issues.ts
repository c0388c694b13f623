import type { IssueGroup } from "../validate/group-issues";

/**
 * The roll-up's issue groups as the pane lists them: quota overruns first (what staff must settle
 * before submitting), the other groups keep their order (errors, then the commonest).
 */
export function quotaOverrunsFirst(groups: readonly IssueGroup[]): IssueGroup[] {
  return [...groups.filter((group) => group.code === "quota-exceeded"), ...groups.filter((group) => group.code !== "quota-exceeded")];
}

/** At most `limit` issues per group, so a roll-up of thousands of rows keeps the pane light. */
export function capGroups(groups: readonly IssueGroup[], limit: number): { groups: IssueGroup[]; hidden: number } {
  let hidden = 0;
  const capped = groups.map((group) => {
    if (group.issues.length <= limit) return group;
    hidden += group.issues.length - limit;
    return { ...group, issues: group.issues.slice(0, limit) };
  });
  return { groups: capped, hidden };
}
