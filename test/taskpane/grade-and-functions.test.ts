import type { GradeSummary } from "../../src/core/rollup/result";
import { parseFunctionCatalog } from "../../src/taskpane/grade/function-catalog";
import { gradeBars } from "../../src/taskpane/grade/grade-bars";
import { issuesPerSheet, sheetKey } from "../../src/taskpane/grade/issues-per-sheet";

test("grade bars come best first, with shares of all schools and zero bars for absent grades", () => {
  const summary: GradeSummary = { schools: 8, byGrade: { 良好: 2, 达标: 4, 未达标: 2 }, targets: [] };
  expect(gradeBars(summary).map((b) => [b.grade, b.count, b.share])).toEqual([
    ["标杆", 0, 0],
    ["良好", 2, 0.25],
    ["达标", 4, 0.5],
    ["未达标", 2, 0.25],
  ]);
  expect(gradeBars({ schools: 0, byGrade: {}, targets: [] }).map((b) => b.share)).toEqual([0, 0, 0, 0]);
});

test("the function list reads names, descriptions and parameter names from functions.json", () => {
  const json = {
    functions: [
      { id: "STAGE", name: "STAGE", description: "阶段名称", parameters: [{ name: "code" }] },
      { id: "GRADE", name: "GRADE", description: "等级", parameters: [{ name: "range" }] },
      { description: "no name" },
    ],
  };
  expect(parseFunctionCatalog(json)).toEqual([
    { name: "GRADE", description: "等级", parameters: ["range"] },
    { name: "STAGE", description: "阶段名称", parameters: ["code"] },
  ]);
  expect(parseFunctionCatalog(null)).toEqual([]);
});

test("issues are counted per graded sheet (file and sheet), so a school's incomplete sheet shows", () => {
  const counts = issuesPerSheet([
    { code: "missing-value", severity: "error", path: "三门.xlsx", sheet: "自评表", row: 72 },
    { code: "invalid-choice", severity: "error", path: "三门.xlsx", sheet: "自评表", row: 40 },
    { code: "missing-value", severity: "error", path: "三门.xlsx", sheet: "Sheet2", row: 9 },
    { code: "duplicate-row", severity: "warning" },
  ]);
  expect(counts.get(sheetKey("三门.xlsx", "自评表"))).toBe(2);
  expect(counts.get(sheetKey("三门.xlsx", "Sheet2"))).toBe(1);
  expect(counts.get(sheetKey(undefined, undefined))).toBe(1);
  expect(counts.get(sheetKey("椒江.xlsx", "评价指标"))).toBeUndefined();
});
