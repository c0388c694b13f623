import { analyzeSheet } from "../../src/core/analyze";
import { TAIZHOU_INDICATORS } from "../../src/core/layouts/taizhou-indicator-list";
import { readGrid } from "../../src/excel/read-grid";
import { insertTemplate } from "../../src/excel/insert-template";
import { FakeWorkbook, installOffice, uninstallOffice, type FakeSheet } from "./fake-workbook";
import { BUILT_IN_CATALOG } from "../../src/core/layouts/built-in";

afterEach(uninstallOffice);

function ruleAt(sheet: FakeSheet, address: string) {
  const [col, row] = [address.charCodeAt(0) - 65, Number(address.slice(1)) - 1];
  return sheet.validations.find((v) => v.area.left === col && v.area.top <= row && row <= v.area.bottom);
}

test("huzhou plan: title, info line, header, 区县 drop-down of 湖州's districts, prompts", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const out = await insertTemplate(BUILT_IN_CATALOG.get("huzhou-space-plan")!, { rows: 20 });
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
  const sheet = book.sheet((await insertTemplate(BUILT_IN_CATALOG.get("huzhou-space-progress")!)).sheet);
  const stage = ruleAt(sheet, "E4");
  expect(stage?.rule).toEqual({ list: { inCellDropDown: true, source: "1,2,3,4,5,6,7" } });
  expect((stage?.prompt as { message: string }).message).toContain("4 建设中");
});

test("a list over 255 characters comes from a range on a hidden sheet", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const out = await insertTemplate(BUILT_IN_CATALOG.get("huzhou-space-plan")!, { city: "浙江省" });
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
  const sheet = book.sheet((await insertTemplate(BUILT_IN_CATALOG.get("zhejiang-pilot-summary")!, { rows: 5 })).sheet);
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
  for (const layout of BUILT_IN_CATALOG.layouts) {
    const out = await insertTemplate(layout, { rows: 3 });
    expect(book.sheet(out.sheet).value("A1")).not.toBe("");
  }
  expect(book.sheets.length).toBeGreaterThan(BUILT_IN_CATALOG.layouts.length);
});

test("at the add-in's floor (ExcelApi 1.10) the template has its drop-downs and prompts", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book, { excelApi: "1.10" });
  const out = await insertTemplate(BUILT_IN_CATALOG.get("huzhou-space-plan")!);
  expect(out.validations).toBeGreaterThan(0);
  expect(book.sheet(out.sheet).validations).toHaveLength(out.validations);
  expect(book.sheet(out.sheet).value("C3")).toBe("学校名称");
});

test("inserting twice makes a second sheet, never overwriting the first", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  await insertTemplate(BUILT_IN_CATALOG.get("huzhou-space-plan")!);
  const second = await insertTemplate(BUILT_IN_CATALOG.get("huzhou-space-plan")!);
  expect(second.sheet).toBe("新型教学空间建设计划汇总表 (2)");
});

test("taizhou-indicators: the notice's 70 indicators, read back and analysed as the layout; ticked 60 A + 10 B it grades 标杆", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const out = await insertTemplate(BUILT_IN_CATALOG.get("taizhou-indicators")!);
  expect(out).toEqual({ sheet: "台州市中小学智慧校园建设评价指标", validations: 1 });
  const sheet = book.sheet(out.sheet);
  expect(sheet.value("A2")).toBe("学校名称：          区县：");
  expect(sheet.value("D5")).toBe(TAIZHOU_INDICATORS[0].detail);
  expect(sheet.at("D5")?.numberFormat).toBe("@");
  expect(sheet.merges).toContainEqual({ top: 4, left: 1, bottom: 23, right: 1 });
  expect(ruleAt(sheet, "E5")?.rule).toEqual({ list: { inCellDropDown: true, source: "√" } });
  expect(ruleAt(sheet, "E74")?.prompt).toMatchObject({ message: "每项只在一个等级下打 √" });
  expect(sheet.validations.find((v) => v.area.left === 4)?.area).toEqual({ top: 4, left: 4, bottom: 73, right: 7 });
  expect([...sheet.cells.values()].some((c) => c.formula)).toBe(false);

  const blank = analyzeSheet(await readGrid({ sheet: out.sheet }), { catalog: BUILT_IN_CATALOG });
  expect(blank.detection?.layoutId).toBe("taizhou-indicators");
  expect(blank.records).toHaveLength(70);
  expect(blank.issues.map((i) => [i.field, i.code])).toEqual(Array(70).fill(["等级", "missing-value"]));

  for (let n = 1; n <= 70; n++) sheet.put([[n <= 60 ? "√" : null, n <= 60 ? null : "√"]], { row: 3 + n, column: 4 });
  sheet.put([["学校名称：台州市椒江区第一小学          区县：椒江区"]], { row: 1, column: 0 });
  const ticked = analyzeSheet(await readGrid({ sheet: out.sheet }), { catalog: BUILT_IN_CATALOG });
  expect(ticked.issues).toEqual([]);
  expect(ticked.derived).toMatchObject({ school: "台州市椒江区第一小学", counts: { A: 60, B: 10 }, grade: "标杆" });
});

test("zhangjiagang-feature-application: the form with its six boxes, read back as the form", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const out = await insertTemplate(BUILT_IN_CATALOG.get("zhangjiagang-feature-application")!);
  expect(out.validations).toBe(6);
  const sheet = book.sheet(out.sheet);
  expect(["A3", "B3", "C3", "D3", "E3", "F3", "G3"].map((a) => sheet.value(a))).toEqual(["申报项目类别（□内打√）", "□智能环境", "□智慧教学", "□三个课堂", "□信息素养", "□智慧管理", "□创新实验"]);
  expect(["A4", "A5", "A6"].map((a) => sheet.value(a))).toEqual(["智慧教育特色发展的基础现状、不足问题、规划措施、时间节点以及预期效果", "教育技术装备室意见", "教育局意见"]);
  expect(ruleAt(sheet, "C3")?.rule).toEqual({ list: { inCellDropDown: true, source: "□智慧教学,☑智慧教学" } });

  const blank = analyzeSheet(await readGrid({ sheet: out.sheet }), { catalog: BUILT_IN_CATALOG });
  expect(blank.detection?.layoutId).toBe("zhangjiagang-feature-application");
  expect(blank.issues.map((i) => [i.field, i.code])).toEqual([["学校名称", "missing-value"], ["申报项目", "missing-value"]]);
  sheet.put([["张家港市实验小学"]], { row: 1, column: 1 });
  sheet.put([["☑智能环境"]], { row: 2, column: 1 });
  expect(analyzeSheet(await readGrid({ sheet: out.sheet }), { catalog: BUILT_IN_CATALOG }).issues.map((i) => [i.field, i.code])).toEqual([["申报项目", "invalid-choice"]]);
  sheet.put([["☑三个课堂"]], { row: 2, column: 3 });
  expect(analyzeSheet(await readGrid({ sheet: out.sheet }), { catalog: BUILT_IN_CATALOG }).derived).toMatchObject({ school: "张家港市实验小学", ticked: ["智能环境", "三个课堂"], level: "C" });
});

test("the notice's sheets take the same syncs whatever they hold", async () => {
  const counts: number[] = [];
  for (const id of ["taizhou-indicators", "zhangjiagang-feature-application", "huzhou-space-plan"]) {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    await installOffice(book);
    book.stats.syncs = 0;
    await insertTemplate(BUILT_IN_CATALOG.get(id)!);
    counts.push(book.stats.syncs);
  }
  expect(new Set(counts).size).toBe(1);
});
