import { issue, type LocatedIssue } from "../../src/core/model/issue";
import { clearMarks, markIssues, selectIssueCell } from "../../src/excel/mark-issues";
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

  expect(summary).toEqual({ sheet: "计划表", cells: 6, errors: 4, warnings: 2, messages: 5, keptNotes: 1, messageMode: "note", stored: true });
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

test("Excel 2019 (ExcelApi 1.8): fills only, restored by colour", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 3);
  sheet.cell(5, 4).fill = { color: "#00B0F0", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
  const before = sheet.snapshot();
  await installOffice(book, { excelApi: "1.8" });
  const summary = await markIssues(planIssues(3), { describe });
  expect(summary).toMatchObject({ cells: 5, messages: 0, messageMode: "none", stored: true });
  expect(sheet.at("E7")!.fill?.color).toBe("#FFC7CE");
  expect(sheet.notes.size).toBe(1);
  await clearMarks();
  expect(sheet.snapshot()).toBe(before);
});

test("Excel 2016 (ExcelApi 1.4): no custom XML parts, the originals are kept for the session", async () => {
  const book = new FakeWorkbook();
  const sheet = planSheet(book, 2);
  sheet.cell(5, 4).fill = { color: "#00B0F0", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
  const before = sheet.snapshot();
  await installOffice(book, { excelApi: "1.4" });
  const summary = await markIssues(planIssues(2), { describe });
  expect(summary.stored).toBe(false);
  expect(book.parts).toHaveLength(0);
  expect(sheet.at("E6")!.fill?.color).toBe("#FFC7CE");
  await clearMarks();
  expect(sheet.snapshot()).toBe(before);
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
