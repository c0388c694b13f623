import { learnLayout } from "../../../src/core/learn/learn-layout";
import { layoutFileText, parseLayoutText } from "../../../src/core/layout/layout-file";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { attachDropDownLists, readDropDownLists } from "../../../src/io/read/read-drop-down-lists";
import { writeTemplateWorkbook } from "../../../src/io/write/template-workbook";
import { readGrids, writeXlsxExcelJS } from "../../support";

/**
 * Learning proposes a column's totals role only where the header says it plainly (one count of
 * 空间, one 预算/金额 sum in 万元), and says so in the notes; any other count or sum is listed as not
 * summed, for a person to mark.
 */

async function learnFrom(bytes: Uint8Array) {
  const grids = attachDropDownLists(readGrids(bytes, "模板.xlsx"), readDropDownLists(bytes));
  const result = learnLayout(grids[0], { id: "learned" });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const rolesOf = (fields: ReadonlyArray<{ name: string; role?: string }>) => fields.filter((f) => f.role).map((f) => [f.name, f.role]);

test("the blank 建设计划汇总表 template: 拟建空间数量（个） is spaces and 预算金额（万元） budget, as in the built-in", async () => {
  const result = await learnFrom(await writeTemplateWorkbook(BUILT_IN_CATALOG.get("huzhou-space-plan")!, { rows: 5 }));
  expect(rolesOf(result.layout.fields)).toEqual([
    ["拟建空间数量（个）", "spaces"],
    ["预算金额（万元）", "budget"],
  ]);
  expect(rolesOf(result.layout.fields)).toEqual(rolesOf(BUILT_IN_CATALOG.get("huzhou-space-plan")!.fields));
  expect(result.columns.find((c) => c.field === "拟建空间数量（个）")).toMatchObject({ role: "spaces", why: expect.stringContaining("统计中合计为空间数量") });
  expect(result.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^“拟建空间数量（个）”在汇总统计中按空间数量合计/), expect.stringMatching(/^“预算金额（万元）”在汇总统计中按预算金额（万元）合计/)]));
  // Through the file and back, the roles stay.
  const read = parseLayoutText(layoutFileText(result.layout, result.notes));
  expect(read.ok && rolesOf(read.layout.fields)).toEqual(rolesOf(result.layout.fields));
});

test("a 名额（个） and a 人数 column get no role and are named in the notes; a sum in 元 is not a 万元 budget", async () => {
  const bytes = await writeXlsxExcelJS([
    {
      name: "附件1",
      rows: [["人工智能教育实验校申报汇总表"], ["区县：          联系人："], ["序号", "区县", "学校名称", "名额（个）", "参与教师人数", "经费（元）", "备注"]],
    },
  ]);
  const result = await learnFrom(bytes);
  expect(rolesOf(result.layout.fields)).toEqual([]);
  expect(result.columns.find((c) => c.field === "名额（个）")).toMatchObject({ type: "integer" });
  expect(result.notes).toContain('这些数量或金额列在汇总统计中不合计：名额（个）、参与教师人数、经费（元）；如其中一列是空间数量或预算（万元），请给它加 "role": "spaces" 或 "role": "budget"');
});

test("two columns that could each be the spaces: neither is chosen, both are named", async () => {
  const bytes = await writeXlsxExcelJS([
    {
      name: "Sheet1",
      rows: [["新型教学空间建设汇总表"], ["序号", "学校名称", "已建空间数量（个）", "拟建空间数量（个）", "预算金额（万元）"]],
    },
  ]);
  const result = await learnFrom(bytes);
  expect(rolesOf(result.layout.fields)).toEqual([["预算金额（万元）", "budget"]]);
  expect(result.notes.find((n) => n.startsWith("这些数量或金额列"))).toMatch(/：已建空间数量（个）、拟建空间数量（个）；/);
});
