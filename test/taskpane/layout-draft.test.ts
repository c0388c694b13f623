import ExcelJS from "exceljs";
import { createPaneEngine } from "../../src/taskpane/engine/engine-impl";
import { browserLayoutStore, LAYOUT_KEY_PREFIX, type LayoutStorage } from "../../src/taskpane/host/browser-layout-store";
import { canHaveRole, parseChoiceText, renameField, setFieldChoices, setFieldRequired, setFieldRole, setFieldType, setLayoutId, type LayoutDraft } from "../../src/taskpane/layouts/layout-draft";

/** A notice's blank template with an info line and a drop-down, learned by the engine as the pane does. */
async function learnedDraft(): Promise<LayoutDraft> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("附件1");
  sheet.addRow(["湖州市中小学人工智能教育试点学校汇总表"]);
  sheet.addRow(["区县（盖章）：        联系人：        联系电话："]);
  sheet.addRow(["序号", "学校名称", "试点方向", "值班号码", "教师人数（人）", "备注"]);
  for (let row = 4; row <= 20; row++) sheet.getCell(row, 3).dataValidation = { type: "list", allowBlank: true, formulae: ['"课程教学,校园管理"'] };
  const engine = createPaneEngine();
  const read = await engine.readTemplate(new Uint8Array(await book.xlsx.writeBuffer()), "模板.xlsx");
  const learned = engine.learnLayout(read.grids[0], { locale: "zh-CN" });
  if (!learned.ok) throw new Error(learned.message);
  return { layout: learned.layout, notes: learned.notes, columns: learned.columns };
}

const engine = createPaneEngine();
const check = (draft: LayoutDraft) => engine.checkLayout(draft.layout, "ai.layout.json", "zh-CN");
const indexOf = (draft: LayoutDraft, name: string) => draft.layout.fields.findIndex((f) => f.name === name);

test("the learned draft passes the engine's parser; its drop-down became the choices", async () => {
  const draft = await learnedDraft();
  expect(check(draft).ok).toBe(true);
  expect(draft.layout.fields[indexOf(draft, "试点方向")].choices?.map((c) => c.value)).toEqual(["课程教学", "校园管理"]);
});

test("renaming the school field renames every reference to it, so the layout stays valid", async () => {
  const draft = await learnedDraft();
  const renamed = renameField(draft, indexOf(draft, "学校名称"), "单位名称");
  const checked = check(renamed);
  expect(checked.ok).toBe(true);
  if (!checked.ok) return;
  expect(checked.layout.school?.field).toBe("单位名称");
  expect(checked.layout.duplicateKey).toEqual(draft.layout.duplicateKey?.map((k) => (k === "学校名称" ? "单位名称" : k)));
  expect(renamed.columns.find((c) => c.header === "学校名称")?.field).toBe("单位名称");
});

test("a type change drops what belonged to the old type; a choice without values is refused with the parser's message", async () => {
  const draft = await learnedDraft();
  const count = indexOf(draft, "教师人数（人）");
  expect(draft.layout.fields[count]).toMatchObject({ type: "integer", min: 0, unit: "人" });
  const asText = setFieldType(draft, count, "text");
  expect(asText.layout.fields[count]).not.toHaveProperty("min");
  expect(asText.layout.fields[count]).not.toHaveProperty("unit");
  expect(setFieldType(asText, count, "number").layout.fields[count].type).toBe("number");

  const phone = indexOf(draft, "值班号码");
  const asChoice = setFieldType(draft, phone, "choice");
  const refused = check(asChoice);
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.messages).toEqual([`版式文件 ai.layout.json：$.fields[${phone}].choices：选择型字段“值班号码”没有给出可选值（choices）`]);
  expect(check(setFieldChoices(asChoice, phone, "白天，夜间、 周末\n白天")).ok).toBe(true);
  expect(setFieldChoices(asChoice, phone, "白天，夜间、 周末\n白天").layout.fields[phone].choices).toEqual([{ value: "白天" }, { value: "夜间" }, { value: "周末" }]);
});

test("a bad id and an emptied field name are refused with their JSON paths, in English too", async () => {
  const draft = await learnedDraft();
  const bad = renameField(setLayoutId(draft, "AI Pilot"), indexOf(draft, "备注"), "");
  const zh = check(bad);
  const en = engine.checkLayout(bad.layout, "ai.layout.json", "en-US");
  expect(zh.ok || en.ok).toBe(false);
  if (zh.ok || en.ok) return;
  expect(zh.messages.some((m) => m.startsWith("版式文件 ai.layout.json：$.id："))).toBe(true);
  expect(en.messages.some((m) => m.startsWith(`layout file ai.layout.json: $.fields[${indexOf(draft, "备注")}].name: must not be empty`))).toBe(true);
});

test("required is set per field; choice text splits on commas, 、 and new lines without repeats", async () => {
  const draft = await learnedDraft();
  const remark = indexOf(draft, "备注");
  expect(setFieldRequired(draft, remark, true).layout.fields[remark].required).toBe(true);
  expect(parseChoiceText(" 小学，初中、高中\n小学 ;九年一贯")).toEqual(["小学", "初中", "高中", "九年一贯"]);
});

test("the browser store keeps one entry per id, replaces on save, lists in id order and ignores other keys", async () => {
  const map = new Map<string, string>([["other-app", "x"]]);
  const storage: LayoutStorage = {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
  const store = browserLayoutStore(storage);
  await store.saveLayout({ id: "labs-2026", text: "{1}" });
  await store.saveLayout({ id: "ai-pilot-2026", text: "{2}" });
  await store.saveLayout({ id: "labs-2026", text: "{3}" });
  expect(await store.loadLayouts()).toEqual([
    { id: "ai-pilot-2026", text: "{2}" },
    { id: "labs-2026", text: "{3}" },
  ]);
  expect(map.get(`${LAYOUT_KEY_PREFIX}labs-2026`)).toBe("{3}");
  await expect(store.deleteLayout("labs-2026")).resolves.toBe(true);
  await expect(store.deleteLayout("labs-2026")).resolves.toBe(false);
  expect(map.has("other-app")).toBe(true);
});

test("an engine with a user layout lists it after the built-ins, and one with a built-in's id in its place", async () => {
  const draft = await learnedDraft();
  const checked = check(setLayoutId(draft, "ai-pilot-2026"));
  if (!checked.ok) throw new Error(checked.messages.join("\n"));
  const plan = engine.layout("huzhou-space-plan")!;
  const withUser = engine.withUserLayouts([checked.layout, { ...plan, title: "修订的计划表" }]);
  const ids = withUser.layouts.map((l) => l.id);
  expect(ids.slice(0, engine.layouts.length)).toEqual(engine.layouts.map((l) => l.id));
  expect(withUser.layouts.at(-1)).toMatchObject({ id: "ai-pilot-2026", origin: "user" });
  expect(withUser.layouts.find((l) => l.id === "huzhou-space-plan")).toMatchObject({ title: "修订的计划表", origin: "user", replacesBuiltIn: true });
  expect(withUser.layout("ai-pilot-2026")?.title).toBe(checked.layout.title);
});

test("a number column can be marked as summed; a role moves rather than being given twice", async () => {
  const draft = await learnedDraft();
  const count = indexOf(draft, "教师人数（人）");
  expect(draft.layout.fields[count].role).toBeUndefined();
  expect(canHaveRole(draft.layout.fields[count])).toBe(true);
  expect(canHaveRole(draft.layout.fields[indexOf(draft, "学校名称")])).toBe(false);
  const marked = setFieldRole(draft, count, "spaces");
  const checked = check(marked);
  expect(checked.ok && checked.layout.fields[count].role).toBe("spaces");
  const asNumber = setFieldType(marked, indexOf(marked, "值班号码"), "integer");
  const moved = setFieldRole(asNumber, indexOf(asNumber, "值班号码"), "spaces");
  expect(moved.layout.fields.filter((f) => f.role === "spaces").map((f) => f.name)).toEqual(["值班号码"]);
  expect(check(moved).ok).toBe(true);
  expect(setFieldRole(marked, count, undefined).layout.fields[count]).not.toHaveProperty("role");
});

test("a totals role goes with a number type: a column turned to text loses its role, and the file stays valid", async () => {
  const draft = await learnedDraft();
  const count = indexOf(draft, "教师人数（人）");
  const marked = setFieldRole(draft, count, "spaces");
  expect(check(marked).ok).toBe(true);
  const asText = setFieldType(marked, count, "text");
  expect(asText.layout.fields[count]).not.toHaveProperty("role");
  expect(check(asText).ok).toBe(true);
  expect(setFieldType(marked, count, "number").layout.fields[count]).toMatchObject({ type: "number", role: "spaces" });
});
