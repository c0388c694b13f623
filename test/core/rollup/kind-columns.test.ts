import { analyzeWorkbook } from "../../../src/core/analyze";
import { layoutFileText, parseLayoutText } from "../../../src/core/layout/layout-file";
import type { Layout, LayoutInput } from "../../../src/core/layout/schema";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { createCatalog } from "../../../src/core/layouts/catalog";
import { createRollup } from "../../../src/core/rollup/create-rollup";
import { readWorkbook } from "../../../src/io/read";
import { writeXlsxExcelJS, type WriterCell } from "../../support";

/**
 * The indicator-matrix and form kinds take the merged sheet's columns and the items they count from
 * their layout's data, so a staffer's own layout of either kind (other level columns, another info
 * key, other items) rolls up in its own words.
 */

/** A built-in layout as a staffer's file, changed by `edit`, read back through the real schema. */
function ownLayout(id: string, edit: (layout: LayoutInput) => LayoutInput): Layout {
  const file = JSON.parse(layoutFileText(BUILT_IN_CATALOG.get(id)!)) as LayoutInput;
  const read = parseLayoutText(JSON.stringify(edit(file)));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.layout;
}

async function rollUp(layout: Layout, files: Array<{ path: string; rows: WriterCell[][] }>) {
  const catalog = createCatalog([layout]);
  const rollup = createRollup({ catalog, layoutId: layout.id });
  for (const { path, rows } of files) {
    const read = readWorkbook(await writeXlsxExcelJS([{ name: "Sheet1", rows }]), path);
    if (!read.ok) throw new Error("unreadable");
    const result = analyzeWorkbook(path, read.grids, { catalog, fileName: path, checkDuplicates: false });
    expect(result.sheets[0].detection?.layoutId).toBe(layout.id);
    rollup.add(result);
  }
  return rollup.finish();
}

test("an indicator matrix: 序号, the info line's district and school keys, one column per level and the level field", async () => {
  const LEVEL_NAMES = { A: "完全实现", B: "多数实现", C: "少数实现", D: "未实现" } as const;
  const layout = ownLayout("taizhou-indicators", (l) => ({
    ...l,
    id: "county-indicators",
    info: [{ key: "单位名称", aliases: ["学校名称"] }, { key: "县区" }],
    fields: l.fields.map((f) => {
      const letter = /^([A-D])级$/.exec(f.name)?.[1] as keyof typeof LEVEL_NAMES | undefined;
      if (letter) return { ...f, name: LEVEL_NAMES[letter], aliases: [] };
      return f.name === "等级" ? { ...f, name: "自评等第", aliases: ["自评等级"] } : f;
    }),
    indicators: {
      ...l.indicators!,
      levels: l.indicators!.levels.map((v) => ({ ...v, field: LEVEL_NAMES[v.letter as keyof typeof LEVEL_NAMES] })),
      levelField: "自评等第",
      schoolInfoKey: "单位名称",
    },
    scope: { infoKey: "县区", level: "district" },
  }));
  const sheet = (school: string, levels: string[]): WriterCell[][] => [
    ["台州市中小学智慧校园建设评价指标"],
    [`单位名称：${school}  县区：椒江区`],
    ["编号", "评价项目", "评价指标", "评价细则", "自评等第"],
    ...levels.map((level, i) => [i + 1, "基础设施", "校园网络", `细则${i + 1}`, level]),
  ];
  const result = await rollUp(layout, [
    { path: "椒江区第一小学.xlsx", rows: sheet("椒江区第一小学", [...Array(62).fill("A"), ...Array(8).fill("B")]) },
    { path: "椒江区洪家小学.xlsx", rows: sheet("椒江区洪家小学", [...Array(10).fill("B"), ...Array(60).fill("C")]) },
  ]);
  expect(result.fields).toEqual(["序号", "县区", "单位名称", "完全实现", "多数实现", "少数实现", "未实现", "自评等第"]);
  expect(result.records.map((r) => Object.entries(r.values))).toEqual([
    [["序号", 1], ["县区", "椒江区"], ["单位名称", "椒江区第一小学"], ["完全实现", 62], ["多数实现", 8], ["少数实现", 0], ["未实现", 0], ["自评等第", "标杆"]],
    [["序号", 2], ["县区", "椒江区"], ["单位名称", "椒江区洪家小学"], ["完全实现", 0], ["多数实现", 10], ["少数实现", 60], ["未实现", 0], ["自评等第", "达标"]],
  ]);
  expect(result.grades?.map(({ school, A, B, C, D, grade }) => [school, A, B, C, D, grade])).toEqual([
    ["椒江区第一小学", 62, 8, 0, 0, "标杆"],
    ["椒江区洪家小学", 0, 10, 60, 0, "达标"],
  ]);
});

test("a form: the ticked items counted are the layout's own form.items", async () => {
  const ITEMS = ["人工智能课程", "智慧课堂", "数字教研", "智能管理"];
  const layout = ownLayout("zhangjiagang-feature-application", (l) => ({
    ...l,
    id: "county-ai-application",
    title: "人工智能教育特色学校申报表",
    titleAliases: [],
    form: { ...l.form!, items: ITEMS, minItems: 2 },
  }));
  const form = (school: string, boxes: string): WriterCell[][] => [["人工智能教育特色学校申报表"], ["学校名称", school], ["申报项目类别", boxes], ["学校简介", "……"]];
  const result = await rollUp(layout, [
    { path: "实验小学.xlsx", rows: form("实验小学", "☑人工智能课程 □智慧课堂 ☑数字教研 ☑智能管理") },
    { path: "第一中学.xlsx", rows: form("第一中学", "□人工智能课程 ☑智慧课堂 ☑数字教研 □智能管理") },
  ]);
  expect(result.fields).toEqual(["学校名称", "申报项目", "项目数", "可达等级"]);
  expect(result.levels?.map(({ school, items, count }) => [school, items, count])).toEqual([
    ["第一中学", ["智慧课堂", "数字教研"], 2],
    ["实验小学", ["人工智能课程", "数字教研", "智能管理"], 3],
  ]);
});
