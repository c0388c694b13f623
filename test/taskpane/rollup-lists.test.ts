import type { FileEntry } from "../../src/core/rollup/result";
import { fileStatus } from "../../src/taskpane/rollup/file-status";
import { capGroups, quotaOverrunsFirst } from "../../src/taskpane/rollup/order-rollup-issues";
import type { IssueGroup } from "../../src/taskpane/validate/group-issues";

const entry = (status: FileEntry["status"], sheet = "Sheet1"): FileEntry => ({ path: "a.xlsx", sheet, status, layout: null, rows: 0 });

test.each([
  [["merged", "unknown-layout"], "merged"],
  [["skipped", "unknown-layout"], "unknown-layout"],
  [["skipped", "failed"], "failed"],
  [["skipped"], "skipped"],
  [[], "skipped"],
] as const)("a file with sheets %p is %p", (statuses, expected) => {
  expect(fileStatus(statuses.map((s, i) => entry(s, `S${i}`)))).toBe(expected);
});

const group = (code: IssueGroup["code"], n: number): IssueGroup => ({
  key: `code-${code}`,
  code,
  issues: Array.from({ length: n }, (_, i) => ({ code: code!, severity: "error" as const, row: i + 1 })),
  errors: n,
  warnings: 0,
});

test("quota overruns move to the top, the rest keep their order", () => {
  const ordered = quotaOverrunsFirst([group("missing-value", 5), group("invalid-phone", 2), group("quota-exceeded", 1)]);
  expect(ordered.map((g) => g.code)).toEqual(["quota-exceeded", "missing-value", "invalid-phone"]);
});

test("capping keeps the first issues of each group and counts the rest", () => {
  const { groups, hidden } = capGroups([group("missing-value", 5), group("invalid-phone", 2)], 3);
  expect(groups.map((g) => g.issues.map((i) => i.row))).toEqual([[1, 2, 3], [1, 2]]);
  expect(hidden).toBe(2);
});
