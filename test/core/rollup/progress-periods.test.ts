import { createRollup } from "../../../src/core/rollup/create-rollup";
import { writeCsv, writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "./analyze-files";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

const HEADER = ["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"];

async function twoMonths(options: { periods?: Record<string, string> } = {}) {
  const files = analyzeFiles([
    {
      // The period is in the title.
      path: "吴兴区/月报.xlsx",
      bytes: await writeXlsxExcelJS([
        {
          name: "附件2",
          rows: [
            ["新型教学空间建设进展情况月报表（2025年5月）"],
            ["区县：吴兴区  联系人：张三  联系电话：13757290001"],
            HEADER,
            [1, null, "湖州市第一中学", 2, "建设中", null],
            [2, null, "吴兴区实验小学", 1, 3, null],
            [3, null, "吴兴区东林小学", 1, 2, null],
          ],
        },
      ]),
    },
    {
      // The period is in the file name; a GBK CSV as WPS saves it.
      path: "吴兴区/吴兴区月报202506.csv",
      bytes: writeCsv(
        [
          HEADER,
          ["1", "吴兴区", "湖州市第一中学", "2", "5", ""],
          ["2", "吴兴区", "吴兴区实验小学", "1", "2", "供应商变更，重新采购"],
        ],
        "gbk",
      ),
    },
  ]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-progress", ...options });
  for (const file of files) rollup.add(file);
  return rollup.finish();
}

test("the merged sheet shows each school's latest period; earlier periods are kept on the row and listed as superseded", async () => {
  const result = await twoMonths();
  expect(result.periods).toEqual(["2025-05", "2025-06"]);
  expect(result.records.map((r) => [r.values["序号"], r.values["学校名称"], r.values["月度工作进展情况"], r.source.period, r.earlier?.map((e) => [e.source.period, e.values["月度工作进展情况"]])])).toEqual([
    [1, "湖州市第一中学", 5, "2025-06", [["2025-05", 4]]],
    [2, "吴兴区东林小学", 2, "2025-05", undefined],
    [3, "吴兴区实验小学", 2, "2025-06", [["2025-05", 3]]],
  ]);
  expect(result.rows).toEqual({ read: 5, merged: 3, rejected: 2, skipped: 0, skippedBy: {} });
  expect(result.rejected.map((r) => [r.source.path, r.source.row, r.reason, r.keptRow?.path, r.keptRow?.row])).toEqual([
    ["吴兴区/月报.xlsx", 4, "superseded-period", "吴兴区/吴兴区月报202506.csv", 2],
    ["吴兴区/月报.xlsx", 5, "superseded-period", "吴兴区/吴兴区月报202506.csv", 3],
  ]);
});

test("a school whose stage goes down from one month to the next gets stage-regressed, pointing at both rows", async () => {
  const result = await twoMonths();
  const regressed = result.issues.filter((i) => i.code === "stage-regressed");
  expect(regressed).toEqual([
    {
      code: "stage-regressed",
      severity: "warning",
      field: "月度工作进展情况",
      path: "吴兴区/吴兴区月报202506.csv",
      sheet: "吴兴区月报202506",
      row: 3,
      column: 5,
      value: "2",
      rows: [
        { path: "吴兴区/月报.xlsx", sheet: "附件2", row: 5 },
        { path: "吴兴区/吴兴区月报202506.csv", sheet: "吴兴区月报202506", row: 3 },
      ],
      params: { school: "吴兴区实验小学", stage: 2, earlierStage: 3, period: "2025-06", earlierPeriod: "2025-05" },
    },
  ]);
  // A month apart is not a duplicate: the key repeats only across periods.
  expect(result.issues.filter((i) => i.code === "duplicate-row")).toEqual([]);
});

test("a period given as an option wins over the title: swapping the months turns the regression around", async () => {
  const result = await twoMonths({ periods: { "月报.xlsx": "2025年7月" } });
  expect(result.periods).toEqual(["2025-06", "2025-07"]);
  expect(result.issues.filter((i) => i.code === "stage-regressed").map((i) => [i.path, i.row, i.params])).toEqual([
    ["吴兴区/月报.xlsx", 4, { school: "湖州市第一中学", stage: 4, earlierStage: 5, period: "2025-07", earlierPeriod: "2025-06" }],
  ]);
  expect(result.records.map((r) => [r.values["学校名称"], r.values["月度工作进展情况"]])).toEqual([
    ["湖州市第一中学", 4],
    ["吴兴区东林小学", 2],
    ["吴兴区实验小学", 3],
  ]);
});
