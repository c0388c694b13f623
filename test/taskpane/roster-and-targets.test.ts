import type { LocatedIssue } from "../../src/core/model/issue";
import type { GradeSummary } from "../../src/core/rollup/result";
import { targetBars } from "../../src/taskpane/grade/grade-bars";
import { rosterLists, withoutRosterIssues } from "../../src/taskpane/rollup/roster-lists";

test("roster issues become two lists, each name with the other side's suggestion", () => {
  const issues: LocatedIssue[] = [
    { code: "invalid-phone", severity: "error", row: 4, path: "a.csv", sheet: "a" },
    { code: "not-submitted", severity: "warning", value: "宁波市北仑区新碶小学", row: 9, path: "名单.xlsx", sheet: "名单", params: { district: "北仑区" } },
    { code: "not-submitted", severity: "warning", value: "宁波市海曙区集士港中心小学", row: 7, path: "名单.xlsx", sheet: "名单", params: { suggestion: "宁波市海曙区集士港镇中心小学" } },
    { code: "not-on-roster", severity: "warning", value: "宁波市海曙区集士港镇中心小学", row: 5, path: "补报.xls", sheet: "Sheet1", params: { suggestion: "宁波市海曙区集士港中心小学" } },
  ];
  expect(rosterLists(issues)).toEqual({
    notSubmitted: [
      { name: "宁波市北仑区新碶小学", district: "北仑区", path: "名单.xlsx", sheet: "名单", row: 9 },
      { name: "宁波市海曙区集士港中心小学", suggestion: "宁波市海曙区集士港镇中心小学", path: "名单.xlsx", sheet: "名单", row: 7 },
    ],
    notOnRoster: [{ name: "宁波市海曙区集士港镇中心小学", suggestion: "宁波市海曙区集士港中心小学", path: "补报.xls", sheet: "Sheet1", row: 5 }],
  });
  expect(withoutRosterIssues(issues).map((issue) => issue.code)).toEqual(["invalid-phone"]);
  expect(rosterLists([])).toEqual({ notSubmitted: [], notOnRoster: [] });
});

test("target bars: schools needed for a share rounds up, a count target is the count", () => {
  const summary = (schools: number): GradeSummary => ({
    schools,
    byGrade: {},
    targets: [
      { grade: "达标", count: 9, share: 9 / schools, target: 0.9, kind: "share", met: true },
      { grade: "良好", count: 5, share: 5 / schools, target: 0.6, kind: "share", met: false },
      { grade: "标杆", count: 1, share: 1 / schools, target: 50, kind: "count", met: false },
    ],
  });
  expect(targetBars(summary(10)).map((bar) => [bar.grade, bar.count, bar.needed, bar.target, bar.met])).toEqual([
    ["达标", 9, 9, 90, true],
    ["良好", 5, 6, 60, false],
    ["标杆", 1, 50, 50, false],
  ]);
  // 90% of 5 schools is 4.5: five are needed.
  expect(targetBars(summary(5)).map((bar) => bar.needed)).toEqual([5, 3, 50]);
});
