import { LAYOUT_IDS } from "../../src/core/layouts/catalog";
import { insertTemplate } from "../../src/excel/insert-template";
import { FakeWorkbook, installOffice, uninstallOffice, type FakeSheet } from "./fake-workbook";

afterEach(uninstallOffice);

function ruleAt(sheet: FakeSheet, address: string) {
  const [col, row] = [address.charCodeAt(0) - 65, Number(address.slice(1)) - 1];
  return sheet.validations.find((v) => v.area.left === col && v.area.top <= row && row <= v.area.bottom);
}

test("huzhou plan: title, info line, header, 区县 drop-down of 湖州's districts, prompts", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const out = await insertTemplate("huzhou-space-plan", { rows: 20 });
  expect(out).toEqual({ sheet: "新型教学空间建设计划汇总表", validations: 7 });
  const sheet = book.sheet(out.sheet);
  expect(sheet.value("A1")).toBe("新型教学空间建设计划汇总表");
  expect(sheet.value("A2")).toContain("区县：");
  expect(sheet.value("C3")).toBe("学校名称");
  expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
  expect(ruleAt(sheet, "B4")?.rule).toEqual({ list: { inCellDropDown: true, source: "吴兴区,南浔区,德清县,长兴县,安吉县,南太湖新区,市直属学校" } });
  expect(ruleAt(sheet, "B23")).toBeDefined();
  expect(ruleAt(sheet, "B24")).toBeUndefined();
  expect(ruleAt(sheet, "D4")?.rule).toEqual({ wholeNumber: { formula1: 1, operator: "GreaterThanOrEqualTo" } });
  expect(ruleAt(sheet, "H4")?.prompt).toMatchObject({ showPrompt: true, title: "联系电话" });
  expect(book.activeSheet?.name).toBe(out.sheet);
});

test("progress: stage codes 1–7 with their texts in the prompt", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const sheet = book.sheet((await insertTemplate("huzhou-space-progress")).sheet);
  const stage = ruleAt(sheet, "E4");
  expect(stage?.rule).toEqual({ list: { inCellDropDown: true, source: "1,2,3,4,5,6,7" } });
  expect((stage?.prompt as { message: string }).message).toContain("4 建设中");
});

test("a list over 255 characters comes from a range on a hidden sheet", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const out = await insertTemplate("huzhou-space-plan", { city: "浙江省" });
  expect(out.listsSheet).toBe("下拉选项");
  const lists = book.sheet("下拉选项");
  expect(lists.visibility).toBe("Hidden");
  const rule = ruleAt(book.sheet(out.sheet), "B4")?.rule as { list: { source: string } };
  expect(rule.list.source).toMatch(/^='下拉选项'!\$A\$1:\$A\$\d+$/);
  const n = Number(rule.list.source.split("$").pop());
  expect(lists.value("A1")).toBe("上城区");
  expect(lists.value(`A${n}`)).toBe("市直属学校");
});

test("grouped header: two header rows, the group spanning its fields", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const sheet = book.sheet((await insertTemplate("zhejiang-pilot-summary", { rows: 5 })).sheet);
  const row3 = [...Array(14).keys()].map((c) => sheet.peek(2, c)?.value);
  const row4 = [...Array(14).keys()].map((c) => sheet.peek(3, c)?.value);
  expect(row3).toContain("试点工作负责人");
  expect(row4).toContain("电子邮箱");
  const group = row3.indexOf("试点工作负责人");
  expect(sheet.merges).toContainEqual({ top: 2, left: group, bottom: 2, right: group + 3 });
  const kind = String.fromCharCode(65 + row3.indexOf("试点类别"));
  expect(ruleAt(sheet, `${kind}5`)?.rule).toEqual({ list: { inCellDropDown: true, source: "区域,学校" } });
});

test("every layout of the catalog inserts", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  for (const id of LAYOUT_IDS) {
    const out = await insertTemplate(id, { rows: 3 });
    expect(book.sheet(out.sheet).value("A1")).not.toBe("");
  }
  expect(book.sheets.length).toBeGreaterThan(LAYOUT_IDS.length);
});

test("without data validation (before ExcelApi 1.8) the sheet is written with no rules", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book, { excelApi: "1.7" });
  const out = await insertTemplate("huzhou-space-plan");
  expect(out.validations).toBe(0);
  expect(book.sheet(out.sheet).validations).toEqual([]);
  expect(book.sheet(out.sheet).value("C3")).toBe("学校名称");
});

test("inserting twice makes a second sheet, never overwriting the first", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  await insertTemplate("huzhou-space-plan");
  const second = await insertTemplate("huzhou-space-plan");
  expect(second.sheet).toBe("新型教学空间建设计划汇总表 (2)");
});
