import { writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "../rollup/analyze-files";

const PLAN = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];

async function analyze(rows: Array<Array<string | number | null>>) {
  return analyzeFiles([{ path: "吴兴区.xlsx", bytes: await writeXlsxExcelJS([{ name: "附件1", rows }]) }])[0].sheets[0];
}

test("an empty required cell is reported at its own cell: row and column", async () => {
  // Columns in another order: 联系电话 before 项目负责人, so the column comes from this sheet's header.
  const header = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "联系电话", "项目负责人"];
  const sheet = await analyze([
    ["新型教学空间建设计划汇总表"],
    ["区县：吴兴区"],
    header,
    [1, null, "湖州市第一中学", 1, "数字实验室", 30, null, "李四"],
    [2, null, "吴兴区实验小学", 2, "创客空间", null, "13757290001", null],
  ]);
  expect(sheet.issues.map((i) => [i.row, i.column, i.field, i.code])).toEqual([
    [4, 7, "联系电话", "missing-value"],
    [5, 6, "预算金额（万元）", "missing-value"],
    [5, 8, "项目负责人", "missing-value"],
  ]);
});

test("a required column absent from the sheet stays one issue at the header row, with no column", async () => {
  const sheet = await analyze([
    ["新型教学空间建设计划汇总表"],
    PLAN.filter((h) => h !== "联系电话"),
    [1, "吴兴区", "湖州市第一中学", 1, "数字实验室", 30, "李四", null],
    [2, "吴兴区", "吴兴区实验小学", 2, "创客空间", 20, "王五", null],
  ]);
  expect(sheet.issues.map((i) => [i.row, i.column, i.field, i.code, i.params])).toEqual([[2, undefined, "联系电话", "missing-value", { scope: "column" }]]);
});
