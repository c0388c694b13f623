import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook, type SheetResult } from "../../../src/core";
import { learnLayout } from "../../../src/core/learn/learn-layout";
import { layoutFileText, parseLayoutText } from "../../../src/core/layout/layout-file";
import type { Layout } from "../../../src/core/layout/schema";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { createCatalog } from "../../../src/core/layouts/catalog";
import type { Issue } from "../../../src/core/model/issue";
import { attachDropDownLists, readDropDownLists } from "../../../src/io/read/read-drop-down-lists";
import { writeTemplateWorkbook } from "../../../src/io/write/template-workbook";
import { readGrids } from "../../support";

/**
 * Learning a built-in list layout from the product's own blank template gives a layout that reads
 * every golden sample of that layout like the built-in: the same sheets recognised, the same rows,
 * the same issues (code, row, field) — except where the built-in knows what no template shows.
 * Each allowed difference is listed below with its reason; anything else fails.
 */

const SAMPLES = join(__dirname, "..", "..", "samples");

type Key = [number, string, string];

/**
 * What a blank template cannot carry, per layout: the issue codes (and fields) the built-in raises
 * and the learned layout does not, or the other way round.
 */
const ALLOWED: Record<string, Array<{ side: "built-in only" | "learned only"; code: string; field: string; why: string }>> = {
  "huzhou-space-plan": [],
  "huzhou-space-progress": [
    { side: "built-in only", code: "invalid-number", field: "空间建设数量（个）", why: "the notice asks at least one space (min 1); the template does not say so, learning takes ≥ 0 and notes it" },
    { side: "learned only", code: "missing-value", field: "存在问题或困难及解决措施", why: "optional in the notice, unmarked in the template; learning requires every unmarked column but 序号/备注/说明" },
  ],
  "huzhou-case-summary": [],
  "zhejiang-pilot-summary": [
    { side: "built-in only", code: "normalized-value", field: "试点类别", why: "the built-in knows the spellings 区域试点, 中小学校 …; the template's drop-down lists only 区域 and 学校" },
    { side: "learned only", code: "invalid-choice", field: "试点类别", why: "the same value (区域试点) is not one of the drop-down's two values" },
    { side: "learned only", code: "missing-value", field: "试点工作负责人/职务", why: "optional in the notice, unmarked in the template" },
    { side: "learned only", code: "missing-value", field: "试点工作联系人/职务", why: "optional in the notice, unmarked in the template" },
    { side: "learned only", code: "missing-value", field: "申报单位", why: "the built-in reads 申报单位 from the info line only; the template also prints it as a column, learned as required (filled from the info line when blank), and this CSV has no info line" },
  ],
  "ningbo-benchmark-summary": [],
};

async function learned(id: string): Promise<Layout> {
  const bytes = await writeTemplateWorkbook(BUILT_IN_CATALOG.get(id)!, { rows: 20 });
  const grids = attachDropDownLists(readGrids(bytes, "模板.xlsx"), readDropDownLists(bytes));
  const result = learnLayout(grids[0], { id: `${id}-learned` });
  if (!result.ok) throw new Error(result.message);
  // Through the file and back, as a staffer's layout travels.
  const file = parseLayoutText(layoutFileText(result.layout, result.notes));
  if (!file.ok) throw new Error(JSON.stringify(file.problems));
  return file.layout;
}

const keys = (sheet: SheetResult): Key[] => sheet.issues.map((i: Issue) => [i.row ?? 0, i.field ?? "", i.code] as Key).sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]));

describe.each(Object.keys(ALLOWED))("%s learned from its blank template", (id) => {
  const files = readdirSync(join(SAMPLES, id)).filter((n) => !n.endsWith(".json"));
  let layout: Layout;
  beforeAll(async () => {
    layout = await learned(id);
  });

  test.each(files)("%s: same sheets, rows and issues as the built-in", (file) => {
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, id, file)));
    const grids = readGrids(bytes, file);
    const builtIn = analyzeWorkbook(file, grids, { fileName: file, catalog: createCatalog([BUILT_IN_CATALOG.get(id)!]) });
    const mine = analyzeWorkbook(file, grids, { fileName: file, catalog: createCatalog([layout]) });
    const recognised = (r: typeof builtIn) => r.sheets.map((s) => [s.sheet, !!s.detection, s.records.map((x) => x.row)]);
    expect(recognised(mine)).toEqual(recognised(builtIn));
    const allowed = ALLOWED[id];
    builtIn.sheets.forEach((sheet, i) => {
      const a = keys(sheet);
      const b = keys(mine.sheets[i]);
      const only = (xs: Key[], ys: Key[]) => xs.filter((x) => !ys.some((y) => y.join() === x.join()));
      const unexplained = (side: string, xs: Key[]) => xs.filter(([, field, code]) => !allowed.some((d) => d.side === side && d.code === code && d.field === field));
      expect({ sheet: sheet.sheet, builtInOnly: unexplained("built-in only", only(a, b)), learnedOnly: unexplained("learned only", only(b, a)) }).toEqual({ sheet: sheet.sheet, builtInOnly: [], learnedOnly: [] });
    });
  });
});

describe("layouts that are not lists", () => {
  test.each([
    ["taizhou-indicators", "indicator-matrix", /指标自评表.*layouts show taizhou-indicators/],
    ["zhangjiagang-feature-application", "form", /申报表.*layouts show zhangjiagang-feature-application/],
  ])("%s: learn says it cannot, and why", async (id, reason, message) => {
    const bytes = await writeTemplateWorkbook(BUILT_IN_CATALOG.get(id)!);
    const grids = attachDropDownLists(readGrids(bytes, "模板.xlsx"), readDropDownLists(bytes));
    const result = learnLayout(grids[0]);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message).toMatch(message);
    const english = learnLayout(grids[0], { locale: "en-US" });
    expect(!english.ok && english.message).toMatch(/cannot be inferred/);
  });

  test("a sheet with no header: no-header", () => {
    const result = learnLayout({ name: "说明", hidden: false, merges: [], rows: [["关于报送的说明"], ["请各校于 4 月 1 日前报送。"]] });
    expect(result).toMatchObject({ ok: false, reason: "no-header" });
  });
});

describe("what the learned plan layout holds", () => {
  test("types, required, school, scope, city and duplicate key as a staffer reads the template", async () => {
    const layout = await learned("huzhou-space-plan");
    const byName = Object.fromEntries(layout.fields.map((f) => [f.name, f]));
    expect(layout).toMatchObject({ kind: "list", city: "湖州市", school: { field: "学校名称" }, duplicateKey: ["学校名称", "空间名称"], scope: { field: "区县", infoKey: "区县" } });
    expect(byName["序号"]).toMatchObject({ ignoredOnInput: true, required: false });
    expect(byName["区县"]).toMatchObject({ type: "district", required: true, fromInfo: "区县" });
    expect(byName["拟建空间数量（个）"]).toMatchObject({ type: "integer", min: 0, unit: "个", required: true });
    expect(byName["预算金额（万元）"]).toMatchObject({ type: "number", min: 0, unit: "万元", suspiciousAbove: 10000 });
    expect(byName["联系电话"]).toMatchObject({ type: "phone", required: true });
    expect(byName["备注（应用方向）"]).toMatchObject({ required: false });
    expect(layout.info.map((i) => i.key)).toEqual(["区县", "联系人", "联系电话"]);
  });
});

describe("learning from one filled-in sample instead of the blank template", () => {
  test("a two-row grouped header whose sub-headers outnumber their parents starts at the parents' row", () => {
    const file = "grouped-two-row-header.xlsx";
    const [grid] = readGrids(new Uint8Array(readFileSync(join(SAMPLES, "zhejiang-pilot-summary", file))), file);
    const result = learnLayout(grid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.headerRows).toEqual([3, 4]);
    expect(result.layout.groups?.map((g) => g.name)).toEqual(["试点工作负责人", "试点工作联系人"]);
    expect(result.columns.find((c) => c.field === "试点工作联系人/电子邮箱")).toMatchObject({ type: "email", required: true });
    const own = analyzeWorkbook(file, [grid], { fileName: file, catalog: createCatalog([parseOrThrow(result.layout)]) });
    expect(own.sheets[0].records).toHaveLength(analyzeWorkbook(file, [grid], { fileName: file, catalog: BUILT_IN_CATALOG }).sheets[0].records.length);
  });
});

function parseOrThrow(layout: unknown): Layout {
  const read = parseLayoutText(JSON.stringify(layout));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.layout;
}
