import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { layoutTitle } from "../../../src/core/layouts/layout-title";
import { requireLayout, UnknownLayoutError } from "../../../src/core/layouts/unknown-layout-error";

test("a layout's title is found in a catalog or a list of layouts; an unknown id stands for itself; no id is empty", () => {
  const list = BUILT_IN_CATALOG.layouts.map(({ id, title }) => ({ id, title }));
  expect(layoutTitle(BUILT_IN_CATALOG, "huzhou-space-plan")).toBe("新型教学空间建设计划汇总表");
  expect(layoutTitle(list, "huzhou-space-plan")).toBe("新型教学空间建设计划汇总表");
  expect(layoutTitle(BUILT_IN_CATALOG, "next-year")).toBe("next-year");
  expect(layoutTitle(list, null)).toBe("");
});

test("requireLayout gives the catalog's layout, or an UnknownLayoutError naming the id and every known id in both languages", () => {
  expect(requireLayout(BUILT_IN_CATALOG, "huzhou-space-plan").id).toBe("huzhou-space-plan");
  let thrown: unknown;
  try {
    requireLayout(BUILT_IN_CATALOG, "no-such-layout");
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UnknownLayoutError);
  const error = thrown as UnknownLayoutError;
  const ids = BUILT_IN_CATALOG.layouts.map((l) => l.id);
  expect(error.id).toBe("no-such-layout");
  expect(error.known).toEqual(ids);
  expect(error.text("zh-CN")).toBe(`未知的版式“no-such-layout”。可用的版式：${ids.join("、")}`);
  expect(error.text("en-US")).toBe(`Unknown layout "no-such-layout". Known layouts: ${ids.join(", ")}`);
  expect(error.message).toBe(`${error.text("zh-CN")} / ${error.text("en-US")}`);
});
