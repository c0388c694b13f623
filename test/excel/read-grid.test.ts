import { readAllGrids, readGrid } from "../../src/excel/read-grid";
import { FakeWorkbook, installOffice, uninstallOffice } from "./fake-workbook";

afterEach(uninstallOffice);

function planSheet(book: FakeWorkbook, rows: number, name = "计划表") {
  const sheet = book.addSheet(name);
  sheet.put(
    [
      ["新型教学空间建设计划汇总表"],
      ["区县：吴兴区  联系人：张三  联系电话：13800000001"],
      ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"],
    ],
    { row: 2, column: 1 },
  );
  for (let i = 0; i < rows; i++) {
    sheet.put([[i + 1, i % 4 === 0 ? "吴兴区" : null, `湖州市第${i + 1}小学`, 2, "创客空间", 12.5, "李四", "13800000000", null]], { row: 5 + i, column: 1 });
  }
  return sheet;
}

test("reads the active sheet's used range into a Grid with its origin", async () => {
  const book = new FakeWorkbook();
  planSheet(book, 3);
  await installOffice(book);
  const grid = await readGrid();
  expect(grid.name).toBe("计划表");
  expect(grid.hidden).toBe(false);
  expect(grid.origin).toEqual({ row: 2, column: 1 });
  expect(grid.rows).toHaveLength(6);
  expect(grid.rows[0][0]).toBe("新型教学空间建设计划汇总表");
  expect(grid.rows[0][1]).toBeNull();
  expect(grid.rows[3]).toEqual([1, "吴兴区", "湖州市第1小学", 2, "创客空间", 12.5, "李四", "13800000000", null]);
  expect(grid.rows[4][1]).toBeNull();
});

test("reads merged areas relative to the grid, clipped to the used range", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 4);
  sheet.merges.push({ top: 2, left: 1, bottom: 2, right: 9 }, { top: 5, left: 2, bottom: 8, right: 2 }, { top: 0, left: 0, bottom: 0, right: 3 });
  await installOffice(book);
  const grid = await readGrid({ sheet: "计划表" });
  expect(grid.merges).toEqual([
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 3, left: 1, bottom: 6, right: 1 },
  ]);
});

test("date cells become ISO text; numbers stay numbers; text stays text", async () => {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("日期");
  sheet.put([[45748, 45748.5, 45748, "45748", 0.5]]);
  sheet.at("A1")!.numberFormat = "yyyy-mm-dd";
  sheet.at("B1")!.numberFormat = "yyyy/m/d h:mm";
  sheet.at("E1")!.numberFormat = "h:mm";
  await installOffice(book);
  const grid = await readGrid();
  expect(grid.rows[0]).toEqual(["2025-04-01", "2025-04-01T12:00:00", 45748, "45748", "12:00:00"]);
});

test("an empty sheet reads as no rows", async () => {
  const book = new FakeWorkbook();
  book.addSheet("空");
  await installOffice(book);
  expect(await readGrid()).toEqual({ name: "空", hidden: false, rows: [], merges: [], origin: { row: 0, column: 0 } });
});

test("reads every sheet, hidden ones marked hidden", async () => {
  const book = new FakeWorkbook();
  planSheet(book, 2, "一");
  planSheet(book, 2, "二").visibility = "Hidden";
  await installOffice(book);
  const grids = await readAllGrids();
  expect(grids.map((g) => [g.name, g.hidden, g.rows.length])).toEqual([
    ["一", false, 5],
    ["二", true, 5],
  ]);
});

test("10 and 10,000 rows take the same number of syncs, each payload under 5 MB", async () => {
  const counts: number[] = [];
  for (const rows of [10, 10_000]) {
    const book = new FakeWorkbook();
    planSheet(book, rows);
    await installOffice(book);
    const grid = await readGrid();
    expect(grid.rows).toHaveLength(rows + 3);
    counts.push(book.stats.syncs);
    for (const r of book.stats.requests) {
      expect(r.refused).toBeUndefined();
      expect(r.requestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(r.responseBytes).toBeLessThan(5 * 1024 * 1024);
    }
  }
  expect(counts[0]).toBe(2);
  expect(counts[1]).toBe(counts[0]);
});

test("cells far longer than the estimate: the refused read is retried in smaller batches", async () => {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("大");
  const long = "很长的备注文字".repeat(20);
  for (let i = 0; i < 6000; i++) sheet.put([[i, long, long, long]], { row: i, column: 0 });
  await installOffice(book);
  const grid = await readGrid();
  expect(grid.rows).toHaveLength(6000);
  expect(grid.rows[5999][1]).toBe(long);
  const refused = book.stats.requests.filter((r) => r.refused);
  const accepted = book.stats.requests.filter((r) => !r.refused);
  expect(refused.length).toBeGreaterThanOrEqual(1);
  expect(refused.length).toBeLessThanOrEqual(2);
  expect(accepted.length).toBeGreaterThan(2);
  for (const r of accepted) expect(r.responseBytes).toBeLessThan(5 * 1024 * 1024);
});

test("without merged-area support (before ExcelApi 1.13) the grid still reads, with no merges", async () => {
  const book = new FakeWorkbook();
  planSheet(book, 2).merges.push({ top: 2, left: 1, bottom: 2, right: 9 });
  await installOffice(book, { excelApi: "1.12" });
  const grid = await readGrid();
  expect(grid.rows).toHaveLength(5);
  expect(grid.merges).toEqual([]);
});
