import { createRollup } from "../../../src/core/rollup/create-rollup";
import type { RollupResult } from "../../../src/core/rollup/result";
import { writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "./analyze-files";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

type Case = [string, string];

/** A huzhou-case-summary sheet: the info line, then the two sections, each with its contact row and header. */
function caseSheet(district: string, spaces: Case[], campus: Case[]) {
  const section = (title: string, cases: Case[]) => [
    [title],
    ["工作联系人", "张三", "联系电话", "13757290001"],
    ["序号", "案例名称", "单位", "联系人", "联系电话"],
    ...cases.map(([name, unit], i) => [i + 1, name, unit, "李四", "13757290002"]),
  ];
  return [["推荐培育优秀案例汇总表"], [`区县：${district}`], ...section("新型教学空间优秀案例（6月30日前报送）", spaces), ...section("智慧校园优秀案例", campus)];
}

/** What the city receives: two county roll-ups, the 市直属 schools' sheet, and a school that also sent its own. */
async function cityFolder() {
  return analyzeFiles([
    {
      path: "吴兴区汇总.xlsx",
      bytes: await writeXlsxExcelJS([
        {
          name: "附件4",
          rows: caseSheet(
            "吴兴区",
            [
              ["AI 课堂", "吴兴区织里中学"],
              ["数字实验室", "吴兴区实验小学"],
              ["阅读空间", "湖州市第一中学"],
              ["创客空间", "吴兴区东林小学"],
              ["录播教室", "吴兴区八里店小学"],
            ],
            [["智慧管理", "吴兴区织里中学"]],
          ),
        },
      ]),
    },
    { path: "南浔区汇总.xls", bytes: writeWithSheetJS([{ name: "Sheet1", rows: caseSheet("南浔", [["智慧课堂", "南浔区实验小学"]], [["数字校园", "南浔区练市小学"]]) }], "xls") },
    {
      path: "市直属学校.xlsx",
      bytes: await writeXlsxExcelJS([{ name: "Sheet1", rows: caseSheet("市直属学校", [["AI课堂", "湖州中学"], ["数字实验", "湖州中学"]], [["智慧管理", "湖州二中"]]) }]),
    },
    // 织里中学 sent its case to the city directly as well: it is already in 吴兴区's roll-up.
    { path: "吴兴区织里中学.xlsx", bytes: await writeXlsxExcelJS([{ name: "Sheet1", rows: caseSheet("吴兴区", [["AI课堂", "吴兴区织里中学"]], []) }]) },
  ]);
}

async function rollUp(): Promise<RollupResult> {
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-case-summary", city: "湖州市" });
  for (const file of await cityFolder()) rollup.add(file);
  return rollup.finish();
}

test("a city roll-up from county roll-ups and 市直属 files counts a school sent at both levels once", async () => {
  const result = await rollUp();
  expect(result.rows).toEqual({ read: 12, merged: 11, rejected: 1, skipped: 0, skippedBy: {} });
  expect(result.rejected.map((r) => [r.source.path, r.source.row, r.reason, r.keptRow?.path, r.keptRow?.row])).toEqual([
    ["吴兴区织里中学.xlsx", 6, "covered-by-rollup", "吴兴区汇总.xlsx", 6],
  ]);
  expect(result.records.map((r) => [r.values["序号"], r.district, r.values["类别"], r.values["案例名称"], r.values["单位"]])).toEqual([
    [1, "吴兴区", "新型教学空间", "阅读空间", "湖州市第一中学"],
    [2, "吴兴区", "新型教学空间", "录播教室", "吴兴区八里店小学"],
    [3, "吴兴区", "新型教学空间", "创客空间", "吴兴区东林小学"],
    [4, "吴兴区", "新型教学空间", "数字实验室", "吴兴区实验小学"],
    [5, "吴兴区", "新型教学空间", "AI 课堂", "吴兴区织里中学"],
    [6, "吴兴区", "智慧校园", "智慧管理", "吴兴区织里中学"],
    [7, "南浔区", "智慧校园", "数字校园", "南浔区练市小学"],
    [8, "南浔区", "新型教学空间", "智慧课堂", "南浔区实验小学"],
    [9, "市直属学校", "智慧校园", "智慧管理", "湖州二中"],
    [10, "市直属学校", "新型教学空间", "AI课堂", "湖州中学"],
    [11, "市直属学校", "新型教学空间", "数字实验", "湖州中学"],
  ]);
  expect(result.issues.filter((i) => i.code === "duplicate-row")).toEqual([]);
});

test("Huzhou quotas: at most 4 per district per 类别, 1 per 市直属学校 (its 单位) per 类别; overruns point at the rows past the limit", async () => {
  const result = await rollUp();
  expect(result.quotas).toEqual([
    { scope: "吴兴区", category: "新型教学空间", limit: 4, count: 5, exceeded: true },
    { scope: "吴兴区", category: "智慧校园", limit: 4, count: 1, exceeded: false },
    { scope: "南浔区", category: "新型教学空间", limit: 4, count: 1, exceeded: false },
    { scope: "南浔区", category: "智慧校园", limit: 4, count: 1, exceeded: false },
    { scope: "湖州中学", category: "新型教学空间", limit: 1, count: 2, exceeded: true },
    { scope: "湖州二中", category: "智慧校园", limit: 1, count: 1, exceeded: false },
  ]);
  const over = result.issues.filter((i) => i.code === "quota-exceeded");
  expect(over.map((i) => [i.severity, i.field, i.params, i.rows])).toEqual([
    ["error", "类别", { scope: "吴兴区", category: "新型教学空间", count: 5, limit: 4 }, [{ path: "吴兴区汇总.xlsx", sheet: "附件4", row: 10 }]],
    ["error", "类别", { scope: "湖州中学", category: "新型教学空间", count: 2, limit: 1 }, [{ path: "市直属学校.xlsx", sheet: "Sheet1", row: 7 }]],
  ]);
});

test("the totals of a layout without spaces or budget count rows and schools per district", async () => {
  const result = await rollUp();
  expect(result.totals).toEqual({
    districts: [
      { district: "吴兴区", rows: 6, schools: 5 },
      { district: "南浔区", rows: 2, schools: 2 },
      { district: "市直属学校", rows: 3, schools: 2 },
    ],
    all: { district: "合计", rows: 11, schools: 9 },
  });
});

test("two county roll-ups naming the same school in different districts are both kept, and flagged as duplicates", async () => {
  const header = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
  const files = analyzeFiles([
    {
      path: "吴兴区汇总.xlsx",
      bytes: await writeXlsxExcelJS([{ name: "附件1", rows: [["新型教学空间建设计划汇总表"], ["区县：吴兴区"], header, [1, null, "实验小学", 1, "创客空间", 10, "甲", "13757290001", null], [2, null, "东林小学", 1, "阅读空间", 10, "乙", "13757290002", null]] }]),
    },
    {
      path: "南浔区汇总.xls",
      bytes: writeWithSheetJS(
        [{ name: "Sheet1", rows: [["新型教学空间建设计划汇总表"], ["区县：南浔区"], header, [1, null, "实验小学", 1, "创客空间", 10, "丙", "13857290001", null], [2, null, "练市小学", 1, "阅读空间", 10, "丁", "13857290002", null], [3, null, "双林小学", 1, "阅读空间", 10, "戊", "13857290003", null]] }],
        "xls",
      ),
    },
  ]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan", city: "湖州市" });
  for (const file of files) rollup.add(file);
  const result = rollup.finish();
  expect(result.rows).toEqual({ read: 5, merged: 5, rejected: 0, skipped: 0, skippedBy: {} });
  expect(result.issues.filter((i) => i.code === "duplicate-row").map((i) => [i.path, i.row, i.rows?.map((r) => r.path)])).toEqual([
    ["南浔区汇总.xls", 4, ["吴兴区汇总.xlsx", "南浔区汇总.xls"]],
  ]);
});
