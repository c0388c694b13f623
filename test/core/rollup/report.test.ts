import { createRollups } from "../../../src/core/rollup/create-rollups";
import { toReport } from "../../../src/core/rollup/report";
import { splitByLayout } from "../../../src/core/rollup/split-by-layout";
import { writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "./analyze-files";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

const PLAN = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
const PROGRESS = ["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"];

/** A mixed folder: two layouts (one workbook holds both), a sheet of no layout, a file that is not a spreadsheet. */
async function mixedFolder() {
  return analyzeFiles([
    {
      path: "吴兴区.xlsx",
      bytes: await writeXlsxExcelJS([
        { name: "计划", rows: [["新型教学空间建设计划汇总表"], ["区县：吴兴区"], PLAN, [1, null, "湖州市第一中学", 1, "数字实验室", 30, "李四", "1375729000", null]] },
        { name: "月报", rows: [["新型教学空间建设进展情况月报表（2025年6月）"], ["区县：吴兴区"], PROGRESS, [1, null, "湖州市第一中学", 1, 4, null]] },
        { name: "说明", rows: [["填表说明"], ["请于4月1日前报送"]] },
      ]),
    },
    { path: "南浔区.xls", bytes: writeWithSheetJS([{ name: "Sheet1", rows: [["新型教学空间建设计划汇总表"], PLAN, [1, "南浔区", "南浔区实验小学", 2, "创客空间", 20, "赵六", "13857290003", null]] }], "xls") },
    { path: "损坏.xlsx", bytes: new TextEncoder().encode("PK\u0003\u0004 this is not a workbook") },
    { path: "德清县.csv", bytes: writeCsv([PLAN, ["1", "德清县", "德清县第二小学", "1", "录播教室", "15", "孙八", "13957290005", ""]], "gbk") },
  ]);
}

test("splitByLayout: each layout found, with the files and only their sheets of it", async () => {
  const split = splitByLayout(await mixedFolder());
  expect([...split].map(([layout, files]) => [layout, files.map((f) => [f.path, f.sheets.map((s) => s.sheet)])])).toEqual([
    ["huzhou-space-plan", [["吴兴区.xlsx", ["计划"]], ["南浔区.xls", ["Sheet1"]], ["德清县.csv", ["德清县"]]]],
    ["huzhou-space-progress", [["吴兴区.xlsx", ["月报"]]]],
  ]);
});

test("the JSON report: every sheet's fate, one roll-up per layout, located issues with zh-CN messages", async () => {
  const run = createRollups({ catalog: BUILT_IN_CATALOG });
  for (const file of await mixedFolder()) run.add(file);
  const report = toReport(run.finish(), { outputs: { "huzhou-space-plan": "out/计划.xlsx" } });

  expect(report.files.map((f) => [f.path, f.sheet, f.status, f.layout, f.rows, f.error?.code ?? null])).toEqual([
    ["吴兴区.xlsx", "计划", "merged", "huzhou-space-plan", 1, null],
    ["吴兴区.xlsx", "月报", "merged", "huzhou-space-progress", 1, null],
    ["吴兴区.xlsx", "说明", "unknown-layout", null, 0, "unknown-layout"],
    ["南浔区.xls", "Sheet1", "merged", "huzhou-space-plan", 1, null],
    ["损坏.xlsx", null, "failed", null, 0, "unreadable-file"],
    ["德清县.csv", "德清县", "merged", "huzhou-space-plan", 1, null],
  ]);
  // The reader's reason in words, not its code.
  expect(report.files[4].error?.message).toBe("文件 损坏.xlsx：文件已损坏或不完整，无法读取；请重新保存或重新发送");

  expect(report.rollups.map((r) => [r.layout, r.out, r.rows])).toEqual([
    ["huzhou-space-plan", "out/计划.xlsx", { read: 3, merged: 3, rejected: 0, skipped: 0, skippedBy: {} }],
    ["huzhou-space-progress", null, { read: 1, merged: 1, rejected: 0, skipped: 0, skippedBy: {} }],
  ]);
  const [plan] = report.rollups;
  // The bad phone on row 4 of 吴兴区.xlsx, located, with its sentence; the roll-up's keys all present.
  expect(plan.issues).toEqual([
    {
      path: "吴兴区.xlsx",
      sheet: "计划",
      row: 4,
      column: 8,
      field: "联系电话",
      code: "invalid-phone",
      severity: "error",
      message: expect.stringContaining("第 4 行 H 列"),
      value: "1375729000",
      ...(plan.issues[0]?.params ? { params: plan.issues[0].params } : {}),
    },
  ]);
  expect(Object.keys(plan).sort()).toEqual(["issues", "layout", "out", "quotas", "rejected", "rows", "totals"].sort());
  expect(plan.totals?.all).toEqual({ district: "合计", rows: 3, schools: 3, spaces: 4, budget: 65 });
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
});

test("messages follow the locale", async () => {
  const run = createRollups({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan" });
  for (const file of await mixedFolder()) run.add(file);
  const result = run.finish();
  expect(result.files.filter((f) => f.status === "skipped").map((f) => [f.sheet, f.layout])).toEqual([["月报", "huzhou-space-progress"]]);
  const zh = toReport(result).rollups[0].issues[0].message;
  const en = toReport(result, { locale: "en-US" }).rollups[0].issues[0].message;
  expect(zh).toMatch(/[\u4e00-\u9fff]/u);
  expect(en).not.toBe(zh);
  expect(en).toMatch(/row 4/iu);
});
