import { analyzeWorkbook } from "../../../src/core/analyze";
import { parseLayoutText } from "../../../src/core/layout/layout-file";
import { formatLayoutProblem } from "../../../src/core/layout/layout-file-messages";
import type { Layout, LayoutInput } from "../../../src/core/layout/schema";
import { createCatalog } from "../../../src/core/layouts/catalog";
import { createRollup } from "../../../src/core/rollup/create-rollup";
import { readWorkbook } from "../../../src/io/read";
import { writeXlsxExcelJS } from "../../support";

/**
 * What the totals (统计) sum is said by a field's `role`, never guessed from a column's unit: a
 * notice's 名额（个） is a whole number in 个 like a space count, and is not one.
 */

const TITLE = "2026年人工智能教育实验校申报汇总表";

/** A staffer's layout file: a 名额（个） column in 个, a 预算…（万元） column, each with or without its role. */
function layoutFile(roles: { quota?: "spaces"; budget?: "budget" }): string {
  const layout: LayoutInput = {
    id: "ai-pilot-2026",
    title: TITLE,
    kind: "list",
    city: "湖州市",
    info: [{ key: "区县" }],
    fields: [
      { name: "序号", ignoredOnInput: true },
      { name: "区县", type: "district", required: true, fromInfo: "区县" },
      { name: "学校名称", required: true, collapseSpaces: true },
      { name: "名额（个）", aliases: ["名额"], type: "integer", min: 0, unit: "个", required: true, ...(roles.quota ? { role: roles.quota } : {}) },
      { name: "预算金额（万元）", aliases: ["预算金额"], type: "number", min: 0, unit: "万元", ...(roles.budget ? { role: roles.budget } : {}) },
    ],
    school: { field: "学校名称" },
    duplicateKey: ["学校名称"],
    scope: { field: "区县", infoKey: "区县", level: "district" },
  };
  return JSON.stringify({ $schema: "./layout.schema.json", ...layout }, null, 2);
}

function parsed(text: string): Layout {
  const read = parseLayoutText(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.layout;
}

/** Two schools' sheets, written by ExcelJS, read and rolled up as the CLI does. */
async function rollUp(layout: Layout) {
  const header = ["序号", "区县", "学校名称", "名额（个）", "预算金额（万元）"];
  const bytes = await writeXlsxExcelJS([
    {
      name: "汇总表",
      rows: [[TITLE], ["区县：吴兴区"], header, [1, "吴兴区", "吴兴区实验小学", 2, 30], [2, "吴兴区", "湖州市第一中学", 3, 12.5], [3, "南浔区", "南浔区实验小学", "1个", "8万元"]],
    },
  ]);
  const read = readWorkbook(bytes, "汇总.xlsx");
  if (!read.ok) throw new Error("unreadable");
  const catalog = createCatalog([layout]);
  const file = analyzeWorkbook("汇总.xlsx", read.grids, { catalog, fileName: "汇总.xlsx", checkDuplicates: false });
  expect(file.sheets[0].detection?.layoutId).toBe("ai-pilot-2026");
  const rollup = createRollup({ catalog, layoutId: "ai-pilot-2026" });
  rollup.add(file);
  return rollup.finish();
}

test("a 名额（个） column, a whole number in 个 with no role, is not summed as spaces (nor an unmarked 万元 column as budget)", async () => {
  const result = await rollUp(parsed(layoutFile({})));
  expect(result.records.map((r) => r.values["名额（个）"])).toEqual([3, 2, 1]);
  expect(result.totals).toEqual({
    districts: [
      { district: "吴兴区", rows: 2, schools: 2 },
      { district: "南浔区", rows: 1, schools: 1 },
    ],
    all: { district: "合计", rows: 3, schools: 3 },
  });
});

test("the same column with role spaces, and the 万元 column with role budget, are summed per district and overall", async () => {
  const result = await rollUp(parsed(layoutFile({ quota: "spaces", budget: "budget" })));
  expect(result.totals).toEqual({
    districts: [
      { district: "吴兴区", rows: 2, schools: 2, spaces: 5, budget: 42.5 },
      { district: "南浔区", rows: 1, schools: 1, spaces: 1, budget: 8 },
    ],
    all: { district: "合计", rows: 3, schools: 3, spaces: 6, budget: 50.5 },
  });
});

describe("a role in a layout file", () => {
  const withFields = (fields: unknown[]) =>
    JSON.stringify({ id: "ai-pilot-2026", title: TITLE, kind: "list", fields: [{ name: "学校名称" }, ...fields], school: { field: "学校名称" } });

  test("an unknown role is refused with the roles there are", () => {
    const read = parseLayoutText(withFields([{ name: "名额", type: "integer", role: "quota" }]));
    expect(!read.ok && read.problems.map((p) => formatLayoutProblem("a.layout.json", p))).toEqual(['版式文件 a.layout.json：$.fields[1].role："quota" 不是可用的取值，可用：spaces、budget']);
  });

  test("one column per role, and only a number column can be summed", () => {
    const read = parseLayoutText(
      withFields([
        { name: "拟建空间数量（个）", type: "integer", role: "spaces" },
        { name: "空间建设数量（个）", type: "integer", role: "spaces" },
        { name: "预算说明", role: "budget" },
      ]),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => formatLayoutProblem("a.layout.json", p))).toEqual([
      "版式文件 a.layout.json：$.fields[2].role：role “spaces”已给了“拟建空间数量（个）”，“空间建设数量（个）”不能再用（每种合计只对一列）",
      "版式文件 a.layout.json：$.fields[3].role：“预算说明”的 role 是 budget（参与合计），类型须是 integer 或 number，现在是 text",
    ]);
    expect(read.problems.map((p) => formatLayoutProblem("a.layout.json", p, "en-US"))[1]).toBe(
      'layout file a.layout.json: $.fields[3].role: "预算说明" has role budget (summed in the totals), so its type must be integer or number, not text',
    );
  });
});
