import { createRollup } from "../../../src/core/rollup/create-rollup";
import { parseRoster } from "../../../src/core/roster/parse-roster";
import { readGrids, writeCsv, writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "./analyze-files";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

const HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];

test("a typo'd school name shows as not submitted and not on the roster, side by side, each suggesting the other", async () => {
  const [rosterGrid] = readGrids(
    writeCsv([["学校名称", "区县"], ["湖州市第一中学", "吴兴区"], ["吴兴区织里镇中心小学", "吴兴区"], ["吴兴区东林小学", "吴兴区"]], "gbk"),
    "吴兴区名单.csv",
  );
  const roster = parseRoster(rosterGrid, BUILT_IN_CATALOG, "吴兴区名单.csv")!;
  const files = analyzeFiles([
    {
      path: "吴兴区汇总.xlsx",
      bytes: await writeXlsxExcelJS([
        {
          name: "附件1",
          rows: [
            ["新型教学空间建设计划汇总表"],
            ["区县：吴兴区"],
            HEADER,
            [1, null, "湖州市第一中学（盖章）", 1, "数字实验室", 30, "李四", "13757290002", null],
            [2, null, "吴兴区织里镇中心校学", 1, "阅读空间", 12, "王五", "13757290003", null],
            [3, null, "吴兴区织里镇中心校学", 1, "创客空间", 12, "王五", "13757290003", null],
          ],
        },
      ]),
    },
  ]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan", roster });
  for (const file of files) rollup.add(file);
  const result = rollup.finish();
  const rosterIssues = result.issues.filter((i) => i.code === "not-submitted" || i.code === "not-on-roster");
  expect(rosterIssues.map((i) => [i.code, i.path, i.row, i.value, i.params?.suggestion ?? null, i.rows?.map((r) => r.row) ?? null])).toEqual([
    ["not-submitted", "吴兴区名单.csv", 3, "吴兴区织里镇中心小学", "吴兴区织里镇中心校学", null],
    ["not-submitted", "吴兴区名单.csv", 4, "吴兴区东林小学", null, null],
    ["not-on-roster", "吴兴区汇总.xlsx", 5, "吴兴区织里镇中心校学", "吴兴区织里镇中心小学", [5, 6]],
  ]);
  expect(rosterIssues.every((i) => i.field === "学校名称")).toBe(true);
});

test("without a roster, no roster issue is raised", async () => {
  const files = analyzeFiles([
    { path: "a.xlsx", bytes: await writeXlsxExcelJS([{ name: "S", rows: [["新型教学空间建设计划汇总表"], HEADER, [1, "吴兴区", "某校", 1, "空间", 1, "甲", "13757290002", null]] }]) },
  ]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan" });
  for (const file of files) rollup.add(file);
  expect(rollup.finish().issues.filter((i) => i.code === "not-submitted" || i.code === "not-on-roster")).toEqual([]);
});

test("school names are shown and compared without a trailing （盖章） or 。, alike in 汇总 and in the roster lists", async () => {
  const [rosterGrid] = readGrids(
    writeCsv([["学校名称", "区县"], ["湖州市第一中学(盖章)", "吴兴区"], ["湖州市环渚学校。", "吴兴区"], ["吴兴区东林小学（盖章）", "吴兴区"]], "gbk"),
    "名单.csv",
  );
  const roster = parseRoster(rosterGrid, BUILT_IN_CATALOG, "名单.csv")!;
  const files = analyzeFiles([
    {
      path: "湖州市第一中学.xlsx",
      bytes: await writeXlsxExcelJS([
        { name: "附件1", rows: [["新型教学空间建设计划汇总表"], ["区县：吴兴区"], HEADER, [1, null, "湖州市第一中学（盖章）", 1, "数字实验室", 30, "李四", "13757290002", null]] },
      ]),
    },
    {
      path: "吴兴区东林小学.xlsx",
      bytes: await writeXlsxExcelJS([
        { name: "附件1", rows: [["新型教学空间建设计划汇总表"], ["区县：吴兴区"], HEADER, [1, null, "吴兴区东林小学。", 1, "阅读空间", 12, "王五", "13757290003", null]] },
      ]),
    },
  ]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan", roster });
  for (const file of files) rollup.add(file);
  const result = rollup.finish();
  expect(new Set(result.records.map((r) => r.values["学校名称"]))).toEqual(new Set(["湖州市第一中学", "吴兴区东林小学"]));
  const rosterIssues = result.issues.filter((i) => i.code === "not-submitted" || i.code === "not-on-roster");
  expect(rosterIssues.map((i) => [i.code, i.value])).toEqual([["not-submitted", "湖州市环渚学校"]]);
});
