import { issue, type LocatedIssue } from "../../src/core/model/issue";
import { clearMarks, markIssues, selectIssueCell } from "../../src/excel/mark-issues";
import { recordToXml, xmlToRecord } from "../../src/excel/mark-record";
import { FakeWorkbook, installOffice, uninstallOffice, type FakeSheet } from "./fake-workbook";

afterEach(uninstallOffice);

const describe = (i: LocatedIssue) => `${i.field ?? ""} ${i.code}`;

/** A plan sheet at B3 (header on row 5, data from row 6), some cells already filled, one with a note. */
function planSheet(book: FakeWorkbook, rows: number): FakeSheet {
  const sheet = book.addSheet("计划表");
  sheet.put([["序号", "区县", "学校名称", "联系电话"]], { row: 4, column: 1 });
  for (let i = 0; i < rows; i++) sheet.put([[i + 1, "吴兴区", `第${i + 1}小学`, "1234"]], { row: 5 + i, column: 1 });
  sheet.cell(5, 4).fill = { color: "#00B0F0", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0.2, patternTintAndShade: -0.1 };
  sheet.cell(6, 3).fill = { color: "#92D050", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
  sheet.notes.set("6,4", "学校自己的批注");
  return sheet;
}

/** Phone errors on every data row (column E = 5), a warning on D7, a row-level issue on row 8. */
function planIssues(rows: number): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  for (let i = 0; i < rows; i++) issues.push({ ...issue("invalid-phone", { field: "联系电话", row: 6 + i, column: 5, value: "1234" }), sheet: "计划表" });
  issues.push({ ...issue("normalized-value", { field: "学校名称", row: 7, column: 4 }), sheet: "计划表" });
  issues.push(issue("duplicate-row", { row: 8 }));
  issues.push({ ...issue("invalid-phone", { row: 6, column: 5 }), sheet: "另一张表" });
  return issues;
}

test("fills every issue cell by severity and writes the messages as notes, values untouched", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 4);
  const values = JSON.stringify([...sheet.cells].map(([k, c]) => [k, c.value]));
  await installOffice(book);

  const summary = await markIssues(planIssues(4), { describe });

  expect(summary).toEqual({ sheet: "计划表", cells: 6, errors: 4, warnings: 2, messages: 5, keptNotes: 1, keptFills: 0, messageMode: "note", remarks: [] });
  expect(sheet.at("E6")!.fill).toMatchObject({ color: "#FFC7CE", pattern: "Solid" });
  expect(sheet.at("E9")!.fill?.color).toBe("#FFC7CE");
  expect(sheet.at("D7")!.fill?.color).toBe("#FFEB9C");
  expect(sheet.at("B8")!.fill?.color).toBe("#FFEB9C");
  expect(sheet.notes.get("5,4")).toBe("【汇总校验】联系电话 invalid-phone");
  expect(sheet.notes.get("6,4")).toBe("学校自己的批注");
  expect(sheet.notes.get("6,3")).toBe("【汇总校验】学校名称 normalized-value");
  expect(JSON.stringify([...sheet.cells].map(([k, c]) => [k, c.value]))).toBe(values);
  expect(book.parts).toHaveLength(1);
});

test("clearing restores every touched cell exactly and removes only the notes it added", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 4);
  const before = sheet.snapshot();
  await installOffice(book);
  await markIssues(planIssues(4), { describe });
  expect(sheet.snapshot()).not.toBe(before);

  expect(await clearMarks()).toEqual({ sheet: "计划表", restored: 6 });
  expect(sheet.snapshot()).toBe(before);
  expect(sheet.at("E6")!.fill).toEqual({ color: "#00B0F0", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0.2, patternTintAndShade: -0.1 });
  expect(sheet.at("E7")!.fill).toBeUndefined();
  expect(sheet.notes.get("6,4")).toBe("学校自己的批注");
  expect(book.parts).toHaveLength(0);
});

test("marking twice keeps the true originals; cells no longer at issue go back", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 4);
  const before = sheet.snapshot();
  await installOffice(book);
  await markIssues(planIssues(4), { describe });
  await markIssues(planIssues(2), { describe });
  expect(sheet.at("E9")!.fill).toBeUndefined();
  expect(sheet.notes.has("8,4")).toBe(false);
  expect(sheet.at("E6")!.fill?.color).toBe("#FFC7CE");
  expect(book.parts).toHaveLength(1);
  await clearMarks({ sheet: "计划表" });
  expect(sheet.snapshot()).toBe(before);
});

test("the originals live in the workbook: a renamed sheet still clears, in a later session", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 2);
  const before = sheet.snapshot();
  await installOffice(book);
  await markIssues(planIssues(2), { describe });
  sheet.name = "计划表（改名）";
  await installOffice(book); // the pane reopened
  await clearMarks({ sheet: "计划表（改名）" });
  sheet.name = "计划表";
  expect(sheet.snapshot()).toBe(before);
});

test("a note the person edited after marking is theirs: clearing leaves it", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 2);
  await installOffice(book);
  await markIssues(planIssues(2), { describe });
  sheet.notes.set("5,4", "已核实，号码无误");
  await clearMarks();
  expect(sheet.notes.get("5,4")).toBe("已核实，号码无误");
  expect(sheet.notes.has("6,3")).toBe(false);
});

test("English display language: the note's tag is English", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 1);
  await installOffice(book, { displayLanguage: "en-US" });
  await markIssues(planIssues(1), { describe });
  expect(sheet.notes.get("5,4")).toBe("[Roll-up check] 联系电话 invalid-phone");
});

test("without notes (ExcelApi 1.10–1.17) messages go into comments; a school's own comment stays", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 3);
  book.comments.push({ id: "own", sheet, row: 6, column: 4, content: "学校的评论" });
  const before = sheet.snapshot();
  await installOffice(book, { excelApi: "1.17" });
  const summary = await markIssues(planIssues(3), { describe });
  expect(summary.messageMode).toBe("comment");
  expect(summary.keptNotes).toBe(1);
  expect(book.comments.map((c) => [c.row, c.column, c.content]).sort()).toEqual([
    [5, 4, "【汇总校验】联系电话 invalid-phone"],
    [6, 3, "【汇总校验】学校名称 normalized-value"],
    [6, 4, "学校的评论"],
    [7, 1, "【汇总校验】 duplicate-row"],
    [7, 4, "【汇总校验】联系电话 invalid-phone"],
  ]);
  expect(sheet.notes.size).toBe(1);
  await clearMarks();
  expect(book.comments.map((c) => c.id)).toEqual(["own"]);
  expect(sheet.snapshot()).toBe(before);
});

test("at the floor (ExcelApi 1.10–1.13, no comment by id) comment marks still clear; a person's edited comment stays", async () => {
  for (const excelApi of ["1.10", "1.13"]) {
    const book = new FakeWorkbook();
    const sheet = planSheet(book, 3);
    book.comments.push({ id: "own", sheet, row: 6, column: 4, content: "学校的评论" });
    const before = sheet.snapshot();
    await installOffice(book, { excelApi });
    const summary = await markIssues(planIssues(3), { describe });
    expect(summary).toMatchObject({ cells: 5, messages: 4, keptNotes: 1, messageMode: "comment" });
    expect(summary.remarks).toEqual(["批注不可用（需要网页版 Excel、Windows 版 2501 或更新版本、Mac 版 16.93 或更新版本），问题说明写成评论"]);
    expect(book.comments).toHaveLength(5);
    const edited = book.comments.find((c) => c.row === 7 && c.column === 4)!;
    edited.content = "已核实";
    await markIssues(planIssues(3), { describe }); // marking over a mark clears the first one's comments
    expect(book.comments.map((c) => c.content).sort()).toEqual(["已核实", "学校的评论", "【汇总校验】 duplicate-row", "【汇总校验】学校名称 normalized-value", "【汇总校验】联系电话 invalid-phone"].sort());
    expect(await clearMarks()).toEqual({ sheet: "计划表", restored: 5 });
    expect(book.comments.map((c) => c.content).sort()).toEqual(["学校的评论", "已核实"].sort());
    book.comments = book.comments.filter((c) => c.id === "own");
    expect(sheet.snapshot()).toBe(before);
  }
});

const GRADIENT = { color: "#5B9BD5", pattern: "LinearGradient", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

test("a gradient-filled cell keeps its gradient (it cannot be written back): marked by its note, the batch not rejected", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 4);
  sheet.cell(7, 4).fill = { ...GRADIENT }; // E8, between two cells of the same run
  const before = sheet.snapshot();
  await installOffice(book);
  const summary = await markIssues(planIssues(4), { describe });
  expect(summary).toMatchObject({ cells: 6, keptFills: 1, messages: 5 });
  expect(summary.remarks).toEqual(["1 个单元格是渐变填充，保留原样（Office.js 无法写回渐变），只加了说明。"]);
  expect(sheet.at("E8")!.fill).toEqual(GRADIENT);
  expect(sheet.notes.get("7,4")).toBe("【汇总校验】联系电话 invalid-phone");
  expect(sheet.at("E7")!.fill?.color).toBe("#FFC7CE");
  expect(sheet.at("E9")!.fill?.color).toBe("#FFC7CE");
  await markIssues(planIssues(4), { describe });
  expect(await clearMarks()).toEqual({ sheet: "计划表", restored: 6 });
  expect(sheet.snapshot()).toBe(before);
});

test("a record that holds a gradient (kept by an earlier version) clears that cell's fill; the other cells are restored in the same batch", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 3);
  await installOffice(book);
  await markIssues(planIssues(3), { describe });
  const part = book.parts[0];
  const record = xmlToRecord(part.xml)!;
  const e7 = record.cells.find((c) => c.row === 6 && c.column === 4)!;
  e7.fill = { ...GRADIENT };
  part.xml = recordToXml(record)[0];
  await clearMarks();
  expect(sheet.at("E7")!.fill).toBeUndefined();
  expect(sheet.at("E6")!.fill).toEqual({ color: "#00B0F0", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0.2, patternTintAndShade: -0.1 });
  expect(sheet.at("E8")!.fill).toBeUndefined();
  expect(sheet.notes.size).toBe(1);
  expect(book.parts).toHaveLength(0);
});

test("the fake refuses a gradient written back, as Excel does (so the tests above can fail)", async () => {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("表");
  await installOffice(book);
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表").getRange("A1").setCellProperties([[{ format: { fill: GRADIENT as Excel.CellPropertiesFill } }]]);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(sheet.at("A1")?.fill).toBeUndefined();
});

test("selectIssueCell activates the sheet and selects the issue's cell", async () => {
  const book = new FakeWorkbook();
  planSheet(book, 2);
  const other = book.addSheet("其他");
  await installOffice(book);
  book.activeSheet = other;
  await selectIssueCell("计划表", 7, 5);
  expect(book.activeSheet?.name).toBe("计划表");
  expect(book.selection).toMatchObject({ area: { top: 6, left: 4, bottom: 6, right: 4 } });
  expect(book.selection?.sheet.name).toBe("计划表");
});

test("marking and clearing take the same syncs for 10 and 10,000 rows, every payload under 5 MB", async () => {
  const counts: Array<[number, number, number]> = [];
  for (const rows of [10, 10_000]) {
    const book = new FakeWorkbook();
    const sheet = planSheet(book, rows);
    const before = sheet.snapshot();
    await installOffice(book);
    await markIssues(planIssues(rows), { describe });
    const mark = book.stats.syncs;
    await markIssues(planIssues(rows), { describe });
    const remark = book.stats.syncs - mark;
    await clearMarks();
    const clear = book.stats.syncs - mark - remark;
    counts.push([mark, remark, clear]);
    for (const r of book.stats.requests) {
      expect(r.refused).toBeUndefined();
      expect(r.requestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(r.responseBytes).toBeLessThan(5 * 1024 * 1024);
    }
    expect(sheet.snapshot()).toBe(before);
  }
  expect(counts[0]).toEqual([3, 5, 4]);
  expect(counts[1]).toEqual(counts[0]);
});

test("by default the message is core's formatIssue in the display language", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 1);
  await installOffice(book);
  await markIssues(planIssues(1));
  const note = sheet.notes.get("5,4") ?? "";
  expect(note.startsWith("【汇总校验】")).toBe(true);
  expect(note.length).toBeGreaterThan("【汇总校验】".length + 4);
  expect(note).not.toContain("invalid-phone");
});
