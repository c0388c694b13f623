import { createRollup } from "../../../src/core/rollup/create-rollup";
import type { WriterCell } from "../../support";
import { writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "./analyze-files";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

/** Letters for the 70 indicators: `counts` of A, B, C, D in that order. */
function letters(a: number, b: number, c: number, d: number): string[] {
  return [...Array(a).fill("A"), ...Array(b).fill("B"), ...Array(c).fill("C"), ...Array(d).fill("D")];
}

function letterSheet(school: string, district: string, levels: string[]): WriterCell[][] {
  return [
    ["台州市中小学智慧校园建设评价指标"],
    [`学校名称：${school}  区县：${district}`],
    ["编号", "评价项目", "评价指标", "评价细则", "自评等级"],
    ...levels.map((level, i) => [i + 1, "基础设施", "校园网络", `细则${i + 1}`, level]),
  ];
}

function tickSheet(school: string, district: string, levels: string[]): WriterCell[][] {
  return [
    ["台州市中小学智慧校园建设评价指标"],
    [`学校名称：${school}  区县：${district}`],
    ["编号", "评价项目", "评价指标", "评价细则", "A级", "B级", "C级", "D级"],
    [null, null, null, null, "完全实现", "多数实现", "少数实现", "未实现"],
    ...levels.map((level, i) => [i + 1, "基础设施", "校园网络", `细则${i + 1}`, ...["A", "B", "C", "D"].map((l) => (l === level ? "√" : null))]),
  ];
}

test("taizhou-indicators: one row per school with A–D counts and grade, and the distribution against the city targets", async () => {
  const files = analyzeFiles([
    { path: "椒江区第一小学.xlsx", bytes: await writeXlsxExcelJS([{ name: "评价", rows: letterSheet("椒江区第一小学", "椒江区", letters(62, 8, 0, 0)) }]) },
    { path: "黄岩区实验中学.xls", bytes: writeWithSheetJS([{ name: "Sheet1", rows: tickSheet("黄岩区实验中学", "黄岩区", letters(30, 31, 9, 0)) }], "xls") },
    { path: "椒江区洪家小学.xlsx", bytes: await writeXlsxExcelJS([{ name: "评价", rows: letterSheet("椒江区洪家小学", "椒江区", letters(10, 10, 41, 9)) }]) },
    // The same school sent again: one school, one row; the repeat is flagged.
    { path: "椒江区第一小学（二）.xlsx", bytes: await writeXlsxExcelJS([{ name: "评价", rows: letterSheet("椒江区第一小学", "椒江区", letters(62, 8, 0, 0)) }]) },
  ]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "taizhou-indicators" });
  for (const file of files) rollup.add(file);
  const result = rollup.finish();

  expect(result.fields).toEqual(["序号", "区县", "学校名称", "A级", "B级", "C级", "D级", "等级"]);
  expect(result.grades?.map(({ school, A, B, C, D, grade, district }) => [district, school, A, B, C, D, grade])).toEqual([
    ["椒江区", "椒江区第一小学", 62, 8, 0, 0, "标杆"],
    ["椒江区", "椒江区第一小学", 62, 8, 0, 0, "标杆"],
    ["椒江区", "椒江区洪家小学", 10, 10, 41, 9, "达标"],
    ["黄岩区", "黄岩区实验中学", 30, 31, 9, 0, "良好"],
  ]);
  expect(result.records.map((r) => Object.values(r.values))).toEqual([
    [1, "椒江区", "椒江区第一小学", 62, 8, 0, 0, "标杆"],
    [2, "椒江区", "椒江区第一小学", 62, 8, 0, 0, "标杆"],
    [3, "椒江区", "椒江区洪家小学", 10, 10, 41, 9, "达标"],
    [4, "黄岩区", "黄岩区实验中学", 30, 31, 9, 0, "良好"],
  ]);
  expect(result.rows).toEqual({ read: 4, merged: 4, rejected: 0, skipped: 0, skippedBy: {} });
  expect(result.issues.filter((i) => i.code === "duplicate-row").map((i) => [i.path, i.value, i.rows?.map((r) => r.path)])).toEqual([
    ["椒江区第一小学（二）.xlsx", "椒江区第一小学", ["椒江区第一小学.xlsx", "椒江区第一小学（二）.xlsx"]],
  ]);
  expect(result.gradeSummary).toEqual({
    schools: 4,
    byGrade: { 标杆: 2, 良好: 1, 达标: 1, 未达标: 0 },
    targets: [
      { grade: "达标", count: 4, share: 1, target: 0.9, kind: "share", met: true },
      { grade: "良好", count: 3, share: 0.75, target: 0.6, kind: "share", met: true },
      { grade: "标杆", count: 2, share: 0.5, target: 50, kind: "count", met: false },
    ],
  });
  expect(result.totals?.districts).toEqual([
    { district: "椒江区", rows: 3, schools: 2 },
    { district: "黄岩区", rows: 1, schools: 1 },
  ]);
});

function form(school: string, boxes: string): WriterCell[][] {
  return [["“智慧教育特色发展示范校”申报表"], ["学校名称", school], ["申报项目类别", boxes], ["学校简介", "……"]];
}

test("zhangjiagang-feature-application: school, ticked items, count and the level reachable", async () => {
  const files = analyzeFiles([
    { path: "张家港市实验小学.xlsx", bytes: await writeXlsxExcelJS([{ name: "申报表", rows: form("张家港市实验小学", "☑智能环境 ☑智慧教学 □三个课堂 ☑信息素养 ☑智慧管理 □创新实验") }]) },
    { path: "张家港市第一中学.xls", bytes: writeWithSheetJS([{ name: "Sheet1", rows: form("张家港市第一中学", "☑智能环境 ☑智慧教学 ☑三个课堂 ☑信息素养 ☑智慧管理 ☑创新实验") }], "xls") },
    { path: "张家港市港区小学.xlsx", bytes: await writeXlsxExcelJS([{ name: "申报表", rows: form("张家港市港区小学", "□智能环境 □智慧教学 ☑三个课堂 □信息素养 □智慧管理 □创新实验") }]) },
  ]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "zhangjiagang-feature-application" });
  for (const file of files) rollup.add(file);
  const result = rollup.finish();
  expect(result.levels?.map(({ school, items, count, level }) => [school, items, count, level])).toEqual([
    ["张家港市第一中学", ["智能环境", "智慧教学", "三个课堂", "信息素养", "智慧管理", "创新实验"], 6, "A"],
    ["张家港市港区小学", ["三个课堂"], 1, ""],
    ["张家港市实验小学", ["智能环境", "智慧教学", "信息素养", "智慧管理"], 4, "B"],
  ]);
  expect(result.rows).toEqual({ read: 3, merged: 3, rejected: 0, skipped: 0, skippedBy: {} });
  expect(result.issues.map((i) => [i.path, i.field, i.code])).toEqual([["张家港市港区小学.xlsx", "申报项目", "invalid-choice"]]);
});
