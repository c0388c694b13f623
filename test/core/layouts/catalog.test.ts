import { analyzeSheet, createCatalog, parseLayout, withLayouts } from "../../../src/core";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

test("the catalog holds the eight layouts of DOMAIN.md, each checked by the schema", () => {
  expect(BUILT_IN_CATALOG.layouts.map((l) => l.id).sort()).toEqual(
    ["huzhou-case-summary", "huzhou-space-plan", "huzhou-space-progress", "ningbo-benchmark-summary", "taizhou-indicators", "zhangjiagang-feature-application", "zhejiang-pilot-quota", "zhejiang-pilot-summary"].sort(),
  );
  expect(BUILT_IN_CATALOG.get("huzhou-case-summary")?.quota?.rules).toEqual([
    { scope: "district", limit: 4, perCategory: true },
    { scope: "municipal-school", scopeField: "单位", limit: 1, perCategory: true },
  ]);
});

test("a layout naming a field it does not have is refused with its id", () => {
  expect(() => parseLayout({ id: "next-year", title: "明年的表", kind: "list", fields: [{ name: "学校名称" }], duplicateKey: ["学校"] })).toThrow(/next-year.*duplicateKey names unknown field 学校/);
  expect(() => parseLayout({ id: "Bad Id", title: "x", kind: "list", fields: [{ name: "a" }] })).toThrow(/Bad Id/);
});

test("adding a layout is adding data: a new list layout is recognised without code", () => {
  const layout = parseLayout({
    id: "next-year-list",
    title: "明年的汇总表",
    kind: "list",
    fields: [{ name: "学校名称", required: true }, { name: "项目名称", required: true }, { name: "金额（万元）", type: "number", min: 0, required: true }],
    school: { field: "学校名称" },
  });
  const result = analyzeSheet({ name: "S", hidden: false, merges: [], rows: [["学校名称", "项目名称", "金额(万元)"], ["甲校", "乙项", "负数"]] }, { catalog: createCatalog([layout]) });
  expect(result.detection?.layoutId).toBe("next-year-list");
  expect(result.issues.map((i) => [i.field, i.code])).toEqual([["金额（万元）", "invalid-number"]]);
});

test("a list layout must say which field names its school, and that field must exist", () => {
  const fields = [{ name: "学校名称", required: true }, { name: "项目名称" }];
  expect(() => parseLayout({ id: "no-school", title: "无学校", kind: "list", fields })).toThrow(/no-school.*needs school\.field/);
  expect(() => parseLayout({ id: "bad-school", title: "错学校", kind: "list", fields, school: { field: "单位" } })).toThrow(/bad-school.*school\.field names unknown field 单位/);
  expect(parseLayout({ id: "good-school", title: "好学校", kind: "list", fields, school: { field: "学校名称" } }).school).toEqual({ field: "学校名称" });
});

test("a catalog is an argument: built-ins and a staffer's own layouts side by side, one with a built-in's id replacing it", () => {
  const mine = parseLayout({
    id: "huzhou-space-plan",
    title: "新型教学空间建设计划汇总表（2026）",
    kind: "list",
    fields: [{ name: "学校名称", required: true }, { name: "空间名称", required: true }, { name: "人工智能方向", required: true }],
    school: { field: "学校名称" },
  });
  const extra = parseLayout({ id: "ai-pilot", title: "人工智能教育实验校申报汇总表", kind: "list", fields: [{ name: "学校名称", required: true }, { name: "实验方向", required: true }], school: { field: "学校名称" } });
  const { catalog, replaced } = withLayouts(BUILT_IN_CATALOG, [mine, extra]);
  expect(replaced).toEqual(["huzhou-space-plan"]);
  expect(catalog.layouts.map((l) => l.id)).toEqual([...BUILT_IN_CATALOG.layouts.map((l) => l.id), "ai-pilot"]);
  expect(catalog.get("huzhou-space-plan")?.title).toBe("新型教学空间建设计划汇总表（2026）");
  expect(BUILT_IN_CATALOG.get("huzhou-space-plan")?.title).toBe("新型教学空间建设计划汇总表");
  const sheet = { name: "S", hidden: false, merges: [], rows: [["学校名称", "实验方向"], ["甲校", ""]] };
  expect(analyzeSheet(sheet, { catalog }).detection?.layoutId).toBe("ai-pilot");
  expect(analyzeSheet(sheet, { catalog: BUILT_IN_CATALOG }).detection).toBeUndefined();
  expect(() => createCatalog([extra, extra])).toThrow(/duplicate layout id ai-pilot/);
});
