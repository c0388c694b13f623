import { createRollup } from "../../../src/core/rollup/create-rollup";
import type { RollupResult } from "../../../src/core/rollup/result";
import { writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "./analyze-files";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

const HEADER = ["序\n号", "区县", "学 校 名 称", "拟建空间数量（个）", "空间名称", "预算金额(万元)", "项目负责人", "联系电话", "备注（应用方向）"];
const TITLE = ["新型教学空间建设计划汇总表"];

/** A county's folder of huzhou-space-plan files, each written by a different real writer. */
async function countyFolder() {
  return analyzeFiles([
    {
      // The county's own roll-up: district column left blank (the info line names it), a placeholder and a note row.
      path: "吴兴区/吴兴区汇总.xlsx",
      bytes: await writeXlsxExcelJS([
        {
          name: "附件1",
          rows: [
            TITLE,
            ["区县：吴兴区  联系人：张三  联系电话：13757290001"],
            HEADER,
            [1, null, "湖州市第一中学", 2, "人工智能学习空间", "50万元", "李四", "13757290002", null],
            [2, null, "湖州市第一中学", 1, "数字实验室", 30.5, "李四", "13757290002", null],
            [3, null, "吴兴区实验小学", "１", "阅读空间", 12, "王五", "0572-2345678", "阅读"],
            ["……", null, "……", null, null, null, null, null, null],
            ["注：同一学校多个空间的请重复书写学校名称", null, null, null, null, null, null, null, null],
          ],
        },
      ]),
    },
    {
      // A school of that county also sent its own file: its rows are in the county roll-up already.
      path: "吴兴区/吴兴区实验小学.xlsx",
      bytes: await writeXlsxExcelJS([
        {
          name: "Sheet1",
          rows: [TITLE, ["区县：吴兴区  联系人：王五  联系电话：0572-2345678"], HEADER, [1, "吴兴区", "吴兴区实验小学", 1, "阅读空间", 12, "王五", "0572-2345678", null]],
        },
      ]),
    },
    {
      // An .xls with the district written once, merged down, without its suffix; the same space twice.
      path: "南浔区.xls",
      bytes: writeWithSheetJS(
        [
          {
            name: "汇总表",
            rows: [
              TITLE,
              HEADER,
              [1, "南浔", "南浔区实验小学", 1, "创客空间", 20, "赵六", "13857290003", null],
              [2, null, "南浔区练市小学", 1, "创客空间", 20, "钱七", "13857290004", null],
              [3, null, "南浔区实验小学", 1, "创 客 空 间", 20, "赵六", "13857290003", null],
            ],
            merges: ["B3:B5"],
          },
        ],
        "xls",
      ),
    },
    { path: "德清县第二小学.csv", bytes: writeCsv([HEADER.map(String), ["1", "德清县", "德清县第二小学", "1", "录播教室", "15000", "孙八", "13957290005", ""]], "gbk") },
    { path: "德清县第二小学（修改）.csv", bytes: writeCsv([HEADER.map(String), ["1", "德清县", "德清县第二小学", "1", "录播教室", "15", "孙八", "13957290005", ""]], "utf-8-bom") },
  ]);
}

/** Every file kept (`keepAll`): the two 德清县 files are both merged, as before the resubmission round (resubmission.test.ts). */
async function rollUp(): Promise<RollupResult> {
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan", keepAll: true });
  for (const file of await countyFolder()) rollup.add(file);
  return rollup.finish();
}

test("merged rows come in the official column order, sorted by district then school, renumbered, with their source", async () => {
  const result = await rollUp();
  expect(result.fields).toEqual(["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"]);
  expect(result.records.map((r) => Object.keys(r.values))).toEqual(result.records.map(() => result.fields));
  expect(result.records.map((r) => [r.values["序号"], r.values["区县"], r.values["学校名称"], r.values["空间名称"], r.values["预算金额（万元）"], r.source.path, r.source.row])).toEqual([
    [1, "吴兴区", "湖州市第一中学", "人工智能学习空间", 50, "吴兴区/吴兴区汇总.xlsx", 4],
    [2, "吴兴区", "湖州市第一中学", "数字实验室", 30.5, "吴兴区/吴兴区汇总.xlsx", 5],
    [3, "吴兴区", "吴兴区实验小学", "阅读空间", 12, "吴兴区/吴兴区汇总.xlsx", 6],
    [4, "南浔区", "南浔区练市小学", "创客空间", 20, "南浔区.xls", 4],
    [5, "南浔区", "南浔区实验小学", "创客空间", 20, "南浔区.xls", 3],
    [6, "南浔区", "南浔区实验小学", "创 客 空 间", 20, "南浔区.xls", 5],
    [7, "德清县", "德清县第二小学", "录播教室", 15000, "德清县第二小学.csv", 2],
    [8, "德清县", "德清县第二小学", "录播教室", 15, "德清县第二小学（修改）.csv", 2],
  ]);
  expect(result.records.map((r) => r.district)).toEqual(["吴兴区", "吴兴区", "吴兴区", "南浔区", "南浔区", "南浔区", "德清县", "德清县"]);
});

test("every row read is merged or rejected with its reason; placeholder and note rows are counted apart", async () => {
  const result = await rollUp();
  expect(result.rows).toEqual({ read: 9, merged: 8, rejected: 1, skipped: 2, skippedBy: { placeholder: 1, note: 1 } });
  expect(result.rows.read).toBe(result.rows.merged + result.rows.rejected);
  expect(result.rejected).toEqual([
    {
      source: { path: "吴兴区/吴兴区实验小学.xlsx", sheet: "Sheet1", row: 4 },
      reason: "covered-by-rollup",
      values: expect.objectContaining({ 学校名称: "吴兴区实验小学", 空间名称: "阅读空间" }),
      keptRow: { path: "吴兴区/吴兴区汇总.xlsx", sheet: "附件1", row: 6 },
    },
  ]);
  expect(result.files.map((f) => [f.path, f.sheet, f.status, f.rows])).toEqual([
    ["吴兴区/吴兴区汇总.xlsx", "附件1", "merged", 3],
    ["吴兴区/吴兴区实验小学.xlsx", "Sheet1", "merged", 1],
    ["南浔区.xls", "汇总表", "merged", 3],
    ["德清县第二小学.csv", "德清县第二小学", "merged", 1],
    ["德清县第二小学（修改）.csv", "德清县第二小学（修改）", "merged", 1],
  ]);
});

test("duplicate-row within one file and across files, each pointing at every row involved", async () => {
  const result = await rollUp();
  const duplicates = result.issues.filter((i) => i.code === "duplicate-row");
  expect(duplicates.map((i) => [i.path, i.row, i.value, i.rows])).toEqual([
    [
      "南浔区.xls",
      5,
      "南浔区实验小学 / 创 客 空 间",
      [
        { path: "南浔区.xls", sheet: "汇总表", row: 3 },
        { path: "南浔区.xls", sheet: "汇总表", row: 5 },
      ],
    ],
    [
      "德清县第二小学（修改）.csv",
      2,
      "德清县第二小学 / 录播教室",
      [
        { path: "德清县第二小学.csv", sheet: "德清县第二小学", row: 2 },
        { path: "德清县第二小学（修改）.csv", sheet: "德清县第二小学（修改）", row: 2 },
      ],
    ],
  ]);
  expect(duplicates[0].params).toEqual({ key: "学校名称 + 空间名称", count: 2, firstRow: 3 });
});

test("the sources' own row issues travel with their rows, in source order", async () => {
  const result = await rollUp();
  const flat = result.issues.filter((i) => i.code !== "duplicate-row").map((i) => [i.path, i.row, i.field, i.code]);
  expect(flat).toEqual([
    ["南浔区.xls", 3, "区县", "normalized-value"],
    ["南浔区.xls", 4, "区县", "normalized-value"],
    ["南浔区.xls", 5, "区县", "normalized-value"],
    ["德清县第二小学.csv", 2, "预算金额（万元）", "suspicious-value"],
  ]);
});

test("totals per district: rows, schools, spaces, budget", async () => {
  const result = await rollUp();
  expect(result.totals).toEqual({
    districts: [
      { district: "吴兴区", rows: 3, schools: 2, spaces: 4, budget: 92.5 },
      { district: "南浔区", rows: 3, schools: 2, spaces: 3, budget: 60 },
      { district: "德清县", rows: 2, schools: 1, spaces: 2, budget: 15015 },
    ],
    all: { district: "合计", rows: 8, schools: 5, spaces: 9, budget: 15167.5 },
  });
  expect(result.quotas).toEqual([]);
});
