import { issue, type IssueCode, type LocatedIssue } from "../../src/core/model/issue";
import { countSeverities, groupIssuesByCode, groupIssuesByRow } from "../../src/taskpane/validate/group-issues";

const at = <C extends IssueCode>(code: C, row?: number, column?: number) => issue(code, { row, column });

const ISSUES: LocatedIssue[] = [
  at("invalid-phone", 7, 8),
  at("missing-value", 5, 3),
  at("normalized-value", 7, 2),
  at("duplicate-row", 9),
  at("missing-value", 9, 4),
  at("unknown-layout"),
];

const flat = (groups: ReturnType<typeof groupIssuesByRow>) =>
  groups.map((g) => [g.row ?? g.code ?? "sheet", g.errors, g.warnings, g.issues.map((i) => `${i.row ?? "-"}:${i.column ?? "-"}:${i.code}`)]);

test("by row: sheet-level issues first, then rows in order, each row's issues by column", () => {
  expect(flat(groupIssuesByRow(ISSUES))).toEqual([
    ["sheet", 1, 0, ["-:-:unknown-layout"]],
    [5, 1, 0, ["5:3:missing-value"]],
    [7, 1, 1, ["7:2:normalized-value", "7:8:invalid-phone"]],
    [9, 1, 1, ["9:-:duplicate-row", "9:4:missing-value"]],
  ]);
});

test("by code: codes with more errors first, then the commonest, each code's issues by row", () => {
  expect(flat(groupIssuesByCode(ISSUES))).toEqual([
    ["missing-value", 2, 0, ["5:3:missing-value", "9:4:missing-value"]],
    ["invalid-phone", 1, 0, ["7:8:invalid-phone"]],
    ["unknown-layout", 1, 0, ["-:-:unknown-layout"]],
    ["duplicate-row", 0, 1, ["9:-:duplicate-row"]],
    ["normalized-value", 0, 1, ["7:2:normalized-value"]],
  ]);
});

test("severity counts add up to the issues given", () => {
  expect(countSeverities(ISSUES)).toEqual({ errors: 4, warnings: 2 });
  expect(countSeverities([])).toEqual({ errors: 0, warnings: 0 });
});
