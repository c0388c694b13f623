import { BUILT_IN_CATALOG } from "../../src/core";
import { layoutFileText, parseLayoutText } from "../../src/core/layout/layout-file";
import type { LayoutInput } from "../../src/core/layout/schema";
import { MARK_NAMESPACE } from "../../src/excel/mark-record";
import { deleteLayout, LAYOUT_NAMESPACE, loadLayouts, saveLayout, type StoredLayoutText } from "../../src/excel/layout-store";
import { FakeWorkbook, installOffice, uninstallOffice } from "./fake-workbook";

afterEach(uninstallOffice);

/** A learned-style layout file: a list with a choice field whose values need XML escaping. */
function userLayout(id: string, title = `人工智能教育试点汇总表 ${id}`): StoredLayoutText {
  const layout: LayoutInput = {
    id,
    title,
    kind: "list",
    fields: [
      { name: "序号", ignoredOnInput: true },
      { name: "学校名称", required: true },
      { name: "试点方向", required: true, type: "choice", choices: [{ value: "课程<教学>" }, { value: "R&D \"实验\"" }, { value: "]]>" }] },
      { name: "联系电话", required: true, type: "phone" },
    ],
    school: { field: "学校名称" },
  };
  return { id, text: layoutFileText(layout, ["未能识别名额，请手工补充。"]) };
}

async function bookWith(layouts: StoredLayoutText[]): Promise<FakeWorkbook> {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  for (const layout of layouts) await saveLayout(layout);
  book.resetStats();
  return book;
}

test("a saved layout is one part of the add-in's namespace, read back as the same file text and the same layout", async () => {
  const stored = userLayout("ai-pilot-2026");
  const book = await bookWith([stored]);

  expect(book.parts).toHaveLength(1);
  expect(book.parts[0].namespaceUri).toBe(LAYOUT_NAMESPACE);
  const back = await loadLayouts();
  expect(back).toEqual([stored]);
  const parsed = parseLayoutText(back[0].text);
  const original = parseLayoutText(stored.text);
  expect(parsed.ok && original.ok).toBe(true);
  if (!parsed.ok || !original.ok) return;
  expect(parsed.layout).toEqual(original.layout);
  expect(parsed.layout.fields[2].choices?.map((c) => c.value)).toEqual(["课程<教学>", 'R&D "实验"', "]]>"]);
  expect(parsed.notes).toEqual(["未能识别名额，请手工补充。"]);
});

test("saving an id again replaces that layout only; deleting removes it and leaves other parts alone", async () => {
  const book = await bookWith([userLayout("ai-pilot-2026"), userLayout("labs-2026")]);
  book.parts.push({ id: "mark-part", namespaceUri: MARK_NAMESPACE, xml: `<marks xmlns="${MARK_NAMESPACE}" sheet="{s}">[]</marks>` });

  const renamed = userLayout("ai-pilot-2026", "人工智能教育试点汇总表（修订）");
  await saveLayout(renamed);
  expect((await loadLayouts()).map((l) => [l.id, l.text])).toEqual([
    ["labs-2026", userLayout("labs-2026").text],
    ["ai-pilot-2026", renamed.text],
  ]);
  expect(book.parts.filter((p) => p.namespaceUri === LAYOUT_NAMESPACE)).toHaveLength(2);

  await expect(deleteLayout("ai-pilot-2026")).resolves.toBe(true);
  await expect(deleteLayout("ai-pilot-2026")).resolves.toBe(false);
  expect((await loadLayouts()).map((l) => l.id)).toEqual(["labs-2026"]);
  expect(book.parts.map((p) => p.id)).toContain("mark-part");
});

test("a built-in layout saved under its own id (a corrected copy) round-trips through the workbook", async () => {
  const plan = BUILT_IN_CATALOG.get("huzhou-space-plan")!;
  const stored = { id: plan.id, text: layoutFileText(plan) };
  await bookWith([stored]);
  const [back] = await loadLayouts();
  const parsed = parseLayoutText(back.text);
  expect(parsed.ok && parsed.layout).toEqual(plan);
});

test("a part of the namespace holding something else is skipped; an empty workbook has no layouts", async () => {
  const book = await bookWith([]);
  await expect(loadLayouts()).resolves.toEqual([]);
  book.parts.push({ id: "odd", namespaceUri: LAYOUT_NAMESPACE, xml: `<other xmlns="${LAYOUT_NAMESPACE}"/>` });
  await expect(loadLayouts()).resolves.toEqual([]);
});

test("syncs do not grow with the number of layouts: load 2, save 3, delete 3, for 1 and for 20", async () => {
  const counts: Record<string, number[]> = { load: [], save: [], delete: [] };
  for (const n of [1, 20]) {
    const layouts = Array.from({ length: n }, (_, i) => userLayout(`user-layout-${i + 1}`));
    const book = await bookWith(layouts);

    expect(await loadLayouts()).toHaveLength(n);
    counts.load.push(book.stats.syncs);

    book.resetStats();
    await saveLayout(userLayout(`user-layout-${n}`, "改过的标题"));
    counts.save.push(book.stats.syncs);

    book.resetStats();
    await deleteLayout("user-layout-1");
    counts.delete.push(book.stats.syncs);
    expect(await loadLayouts()).toHaveLength(n - 1);
  }
  expect(counts).toEqual({ load: [2, 2], save: [3, 3], delete: [3, 3] });
});
