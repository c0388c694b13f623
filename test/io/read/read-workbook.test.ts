import { readWorkbook } from "../../../src/io/read/read-workbook";
import { convertWithLibreOffice, readGrids, writeCsv, writeWithSheetJS, writeXlsxExcelJS, type WriterSheet } from "../../support";

const HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];

const plan: WriterSheet = {
  name: "附件1",
  rows: [
    ["新型教学空间建设计划汇总表"],
    ["区县：吴兴区  联系人：张三  联系电话：0572-2345678"],
    HEADER,
    [1, "吴兴区", "湖州市第一中学", 2, "AI实验室", 12.5, "李四", "13912345678", "=1+1"],
    [2, null, "湖州市第一中学", 1, "创客空间", { formula: "F4*2", result: 25 }, "李四", "0572-2345678", null],
    [3, null, "湖州市第二中学", 1, "录播教室", 8, "王五", "13812345678", "013000"],
  ],
  merges: ["B4:B6"],
};

const hiddenSheet: WriterSheet = { name: "隐藏", rows: [["x"]], hidden: true };

describe("readWorkbook reads every format a school sends", () => {
  test("xlsx written by ExcelJS: values, cached formula results, text kept, merges, hidden sheet", async () => {
    const bytes = await writeXlsxExcelJS([plan, hiddenSheet]);
    const result = readWorkbook(bytes, "吴兴区.xlsx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe("xlsx");
    expect(result.notes).toBeUndefined();
    const [grid, hidden] = result.grids;
    expect(grid.name).toBe("附件1");
    expect(grid.hidden).toBe(false);
    expect(grid.rows[2]).toEqual(HEADER);
    expect(grid.rows[3]).toEqual([1, "吴兴区", "湖州市第一中学", 2, "AI实验室", 12.5, "李四", "13912345678", "=1+1"]);
    expect(grid.rows[4][5]).toBe(25);
    expect(grid.rows[4][1]).toBeNull();
    expect(grid.rows[5][8]).toBe("013000");
    expect(grid.merges).toEqual([{ top: 3, left: 1, bottom: 5, right: 1 }]);
    expect(hidden).toMatchObject({ name: "隐藏", hidden: true, rows: [["x"]] });
  });

  test.each(["xlsx", "xls", "ods"] as const)("%s written by SheetJS reads the same rows", (bookType) => {
    const bytes = writeWithSheetJS([plan, hiddenSheet], bookType);
    const result = readWorkbook(bytes, `plan.${bookType}`);
    expect(result.ok && result.format).toBe(bookType);
    const grids = readGrids(bytes, `plan.${bookType}`);
    // SheetJS's ODS writer does not write sheet visibility; LibreOffice's does (tested below).
    expect(grids.map((g) => [g.name, g.hidden])).toEqual([["附件1", false], ["隐藏", bookType !== "ods"]]);
    expect(grids[0].rows[3]).toEqual([1, "吴兴区", "湖州市第一中学", 2, "AI实验室", 12.5, "李四", "13912345678", "=1+1"]);
    expect(grids[0].rows[4][5]).toBe(25);
    expect(grids[0].merges).toEqual([{ top: 3, left: 1, bottom: 5, right: 1 }]);
  });

  test.each([["xls", "xls"], ["ods", "ods"], ["xlsx", "xlsx"]])("re-saved by LibreOffice as %s", async (toExt, format) => {
    const source = await writeXlsxExcelJS([plan, hiddenSheet]);
    const bytes = await convertWithLibreOffice(source, "xlsx", toExt);
    const result = readWorkbook(bytes, `lo.${toExt}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe(format);
    const grid = result.grids[0];
    expect(grid.rows[3]).toEqual([1, "吴兴区", "湖州市第一中学", 2, "AI实验室", 12.5, "李四", "13912345678", "=1+1"]);
    expect(grid.rows[4][5]).toBe(25);
    expect(grid.rows[5][8]).toBe("013000");
    expect(grid.merges).toContainEqual({ top: 3, left: 1, bottom: 5, right: 1 });
    expect(result.grids[1].hidden).toBe(true);
  });

  test("dates become ISO text, whatever the time zone", async () => {
    const bytes = await writeXlsxExcelJS([
      { name: "d", rows: [[new Date(Date.UTC(2025, 3, 1)), new Date(Date.UTC(2025, 3, 1, 8, 30))]] },
    ]);
    expect(readGrids(bytes, "d.xlsx")[0].rows).toEqual([["2025-04-01", "2025-04-01T08:30:00"]]);
    const xls = writeWithSheetJS([{ name: "d", rows: [[new Date(Date.UTC(2025, 5, 30))]] }], "xls");
    expect(readGrids(xls, "d.xls")[0].rows).toEqual([["2025-06-30"]]);
  });

  test("a sheet starting at C3 keeps its origin so rows can be reported", async () => {
    const bytes = await writeXlsxExcelJS([{ name: "s", rows: [[], [], [null, null, "序号", "区县"], [null, null, 1, "吴兴区"]] }]);
    const [grid] = readGrids(bytes, "s.xlsx");
    expect(grid.origin).toEqual({ row: 2, column: 2 });
    expect(grid.rows).toEqual([["序号", "区县"], [1, "吴兴区"]]);
  });
});

describe("CSV", () => {
  const rows = [["学校名称", "邮编", "联系电话", "备注"], ["湖州市第一中学", "013000", "0572-2345678", "=1+1"], ["长兴县实验小学", "313100", "13912345678", "+86"]];

  test.each([["utf-8", "utf-8"], ["utf-8-bom", "utf-8-bom"], ["gbk", "gb18030"]] as const)("%s is decoded as %s and kept as text", (written, reported) => {
    const result = readWorkbook(writeCsv(rows, written), "学校.csv");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe("csv");
    expect(result.encoding).toBe(reported);
    expect(result.grids).toEqual([{ name: "学校", hidden: false, rows, merges: [], origin: { row: 0, column: 0 } }]);
  });

  test("a CSV saved by LibreOffice from a workbook reads back", async () => {
    const source = writeWithSheetJS([{ name: "s", rows: [["学校名称", "预算"], ["湖州市第一中学", "12.5"]] }], "xlsx");
    const csv = await convertWithLibreOffice(source, "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76,1");
    expect(readGrids(csv, "s.csv")[0].rows).toEqual([["学校名称", "预算"], ["湖州市第一中学", "12.5"]]);
  });
});
