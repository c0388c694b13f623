import { parseRoster } from "../../../src/core/roster/parse-roster";
import { readGrids, writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

const flat = (entries: ReturnType<typeof parseRoster>) => entries?.map((e) => [e.row, e.kind, e.name, e.district ?? "", e.schoolType ?? ""]);

test("a GBK CSV roster with 区县 and 学校类型 columns", () => {
  const bytes = writeCsv(
    [
      ["学校名称", "区县", "学校类型"],
      ["湖州市第一中学", "吴兴区", "高中"],
      ["南浔区实验小学（盖章）", "南浔区", "小学"],
      ["", "", ""],
      ["德清县 第二 小学", "德清县", "小学"],
    ],
    "gbk",
  );
  const [grid] = readGrids(bytes, "名单.csv");
  const entries = parseRoster(grid, BUILT_IN_CATALOG, "名单.csv");
  expect(flat(entries)).toEqual([
    [2, "school", "湖州市第一中学", "吴兴区", "高中"],
    [3, "school", "南浔区实验小学", "南浔区", "小学"],
    [5, "school", "德清县 第二 小学", "德清县", "小学"],
  ]);
  expect(entries?.[0].path).toBe("名单.csv");
});

test("a previous roll-up serves: header found below the title and the info line, merged 区县 filled down, note and total rows left out", async () => {
  const bytes = await writeXlsxExcelJS([
    { name: "说明", rows: [["本表为上期汇总"]] },
    {
      name: "汇总",
      rows: [
        ["新型教学空间建设计划汇总表"],
        ["区县：吴兴区  联系人：张三  联系电话：13757290000"],
        ["序\n号", "区县", "学 校 名 称", "拟建空间数量（个）"],
        [1, "吴兴区", "湖州市第一中学", 2],
        [2, null, "湖州市第一中学", 1],
        [3, null, "吴兴区实验小学", 1],
        ["……", null, "……", null],
        ["合计", null, null, 4],
        ["注：同一学校多个空间的请重复书写学校名称", null, null, null],
      ],
      merges: ["B4:B6"],
    },
  ]);
  const grids = readGrids(bytes, "上期汇总.xlsx");
  expect(parseRoster(grids[0], BUILT_IN_CATALOG)).toBeUndefined();
  expect(flat(parseRoster(grids[1], BUILT_IN_CATALOG))).toEqual([
    [4, "school", "湖州市第一中学", "吴兴区", ""],
    [6, "school", "吴兴区实验小学", "吴兴区", ""],
  ]);
});

test("a city roster of districts only (an .xls by SheetJS)", () => {
  const bytes = writeWithSheetJS([{ name: "Sheet1", rows: [["区县"], ["吴兴区"], ["南浔"], ["市直属学校"]] }], "xls");
  const [grid] = readGrids(bytes, "区县名单.xls");
  expect(flat(parseRoster(grid, BUILT_IN_CATALOG))).toEqual([
    [2, "district", "吴兴区", "吴兴区", ""],
    [3, "district", "南浔", "南浔", ""],
    [4, "district", "市直属学校", "市直属学校", ""],
  ]);
});
