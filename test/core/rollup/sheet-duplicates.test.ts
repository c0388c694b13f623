import { createRollup } from "../../../src/core/rollup/create-rollup";
import { writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { analyzeFiles, type SentFile } from "./analyze-files";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

const HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
const row = (n: number, school: string, space: string) => [n, "吴兴区", school, 1, space, 20, "王芳", "13905721234", null];

async function files(): Promise<SentFile[]> {
  return [
    // The same space twice inside one school's file …
    { path: "月河小学.xlsx", bytes: await writeXlsxExcelJS([{ name: "附件1", rows: [["新型教学空间建设计划汇总表"], HEADER, row(1, "湖州市月河小学", "录播教室"), row(2, "湖州市月河小学", "录播教室")] }]) },
    // … and a space sent by two files.
    { path: "东风小学.xls", bytes: writeWithSheetJS([{ name: "Sheet1", rows: [HEADER, row(1, "湖州市东风小学", "AI实验室")] }], "xls") },
    { path: "东风小学（补报）.csv", bytes: writeCsv([HEADER, row(1, "湖州市东风小学", "AI实验室")], "gbk") },
  ];
}

test("analysed without the sheet's own duplicate search, the files roll up to exactly the same result", async () => {
  const sent = await files();
  const rollUp = (checkDuplicates: boolean) => {
    // keepAll: the 补报 file would otherwise replace the first (resubmission.test.ts); here both stay.
    const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan", city: "湖州市", keepAll: true });
    for (const file of analyzeFiles(sent, "湖州市", { checkDuplicates })) rollup.add(file);
    return rollup.finish();
  };
  const withSheetSearch = rollUp(true);
  expect(rollUp(false)).toEqual(withSheetSearch);
  // Both duplicates are there, found by the roll-up: within a file and across files.
  expect(withSheetSearch.issues.filter((i) => i.code === "duplicate-row").map((i) => [i.path, i.row])).toEqual([
    ["月河小学.xlsx", 4],
    ["东风小学（补报）.csv", 2],
  ]);
});

test("a sheet analysed without the duplicate search has no duplicate-row, and its other issues unchanged", async () => {
  const [own] = await files();
  const [searched] = analyzeFiles([own]);
  const [unsearched] = analyzeFiles([own], undefined, { checkDuplicates: false });
  expect(searched.sheets[0].issues.map((i) => i.code)).toContain("duplicate-row");
  expect(unsearched.sheets[0].issues).toEqual(searched.sheets[0].issues.filter((i) => i.code !== "duplicate-row"));
});
