import { learnLayout } from "../../src/core/learn/learn-layout";
import { parseLayout } from "../../src/core/layouts/catalog";
import { insertTemplate } from "../../src/excel/insert-template";
import { listReference, readGrid } from "../../src/excel/read-grid";
import { FakeWorkbook, installOffice, uninstallOffice } from "./fake-workbook";

afterEach(uninstallOffice);

/** A notice's list whose 课题 choices are too long for an inline drop-down (written to a hidden lists sheet). */
const TOPICS = Array.from({ length: 40 }, (_, i) => `人工智能教育应用研究课题第${i + 1}项`);
const layout = parseLayout({
  id: "ai-pilot-2026",
  title: "湖州市中小学人工智能教育试点学校汇总表",
  kind: "list",
  city: "湖州市",
  fields: [
    { name: "序号", ignoredOnInput: true },
    { name: "学校名称", required: true },
    { name: "试点方向", required: true, type: "choice", choices: [{ value: "课程教学" }, { value: "校园管理" }, { value: "教研应用" }] },
    { name: "研究课题", required: true, type: "choice", choices: TOPICS.map((value) => ({ value })) },
    { name: "值班号码", required: true, type: "phone" },
  ],
  school: { field: "学校名称" },
});

async function bookWithTemplate(rows: number): Promise<FakeWorkbook> {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  await insertTemplate(layout, { rows });
  book.resetStats();
  return book;
}

test("the active sheet's drop-downs, inline and on the hidden lists sheet, become the learned field's choices", async () => {
  const book = await bookWithTemplate(20);
  expect(book.sheets.length).toBe(3); // Sheet1, the template and its hidden lists sheet
  const grid = await readGrid({ lists: true });
  const learned = learnLayout(grid, { id: "ai-pilot-2026" });
  if (!learned.ok) throw new Error(learned.message);
  const choices = (name: string) => learned.layout.fields.find((f) => f.name === name)?.choices?.map((c) => c.value);
  expect(learned.layout.fields.find((f) => f.name === "试点方向")?.type).toBe("choice");
  expect(choices("试点方向")).toEqual(["课程教学", "校园管理", "教研应用"]);
  expect(choices("研究课题")).toEqual(TOPICS);
  // Without lists the same sheet learns those columns as plain text.
  const plain = learnLayout(await readGrid(), { id: "ai-pilot-2026" });
  expect(plain.ok && plain.layout.fields.find((f) => f.name === "研究课题")?.type).not.toBe("choice");
});

test("reading the lists costs two more syncs whatever the template's length", async () => {
  const counts: number[][] = [];
  for (const rows of [20, 500]) {
    const book = await bookWithTemplate(rows);
    await readGrid();
    const without = book.stats.syncs;
    book.resetStats();
    await readGrid({ lists: true });
    counts.push([without, book.stats.syncs]);
  }
  expect(counts[0]).toEqual(counts[1]);
  expect(counts[0][1] - counts[0][0]).toBe(2);
});

test("list sources naming cells: same sheet, another sheet, quoted names; a defined name is not followed", () => {
  expect(listReference("=$H$2:$H$5")).toEqual({ address: "H2:H5" });
  expect(listReference("=选项!$A$1:$A$9")).toEqual({ sheet: "选项", address: "A1:A9" });
  expect(listReference("='选 项 ''甲'''!$B$2:$B$4")).toEqual({ sheet: "选 项 '甲'", address: "B2:B4" });
  expect(listReference("=学段列表")).toBeUndefined();
});
