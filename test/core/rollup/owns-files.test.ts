import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { createRollup } from "../../../src/core/rollup/create-rollup";
import { writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "./analyze-files";

const HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];

/** Two schools of 吴兴区, the district left blank on the second row (the info line names it). */
async function schoolFile() {
  const bytes = await writeXlsxExcelJS([
    {
      name: "附件1",
      rows: [
        ["新型教学空间建设计划汇总表"],
        ["区县：吴兴区  联系人：张三  联系电话：13757290001"],
        HEADER,
        [7, "吴兴区", "湖州市第一中学", 2, "人工智能学习空间", 50, "李四", "13757290002", "阅读"],
        [9, null, "吴兴区实验小学", 1, "阅读空间", 12, "王五", "0572-2345678", "阅读"],
      ],
    },
  ]);
  return analyzeFiles([{ path: "吴兴区.xlsx", bytes }])[0];
}

describe("ownsFiles: whose records the merged rows are made of", () => {
  it("without it, the caller's records are left as they were read, and the merged rows are copies", async () => {
    const file = await schoolFile();
    const records = file.sheets[0].records;
    const before = records.map((r) => ({ ...r.values }));
    const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan" });
    rollup.add(file);
    const result = rollup.finish();
    expect(result.records.map((r) => [r.values["序号"], r.values["学校名称"], r.values["区县"]])).toEqual([
      [1, "湖州市第一中学", "吴兴区"],
      [2, "吴兴区实验小学", "吴兴区"],
    ]);
    expect(records.map((r) => r.values)).toEqual(before);
    expect(result.records.some((m) => records.some((r) => r.values === m.values))).toBe(false);
  });

  it("with it, the same merged rows, made of the records' own values", async () => {
    const file = await schoolFile();
    const records = file.sheets[0].records;
    const owned = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan", ownsFiles: true });
    owned.add(file);
    const result = owned.finish();
    const copied = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan" });
    copied.add(await schoolFile());
    expect(result.records).toEqual(copied.finish().records);
    expect(result.records.every((m) => records.some((r) => r.values === m.values))).toBe(true);
  });
});
