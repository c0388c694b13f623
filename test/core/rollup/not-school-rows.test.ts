import { readFileSync } from "node:fs";
import path from "node:path";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { createRollup } from "../../../src/core/rollup/create-rollup";
import { readWorkbook } from "../../../src/io/read";
import { writeRollupWorkbook } from "../../../src/io/write";
import { analyzeFiles } from "./analyze-files";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "huzhou-space-plan", "subtotal-example-rows.xlsx");

/** The golden sample with 示例, 填写说明, 小计, 合计 and 总计 rows, rolled up as the CLI does. */
function rollUp() {
  const [file] = analyzeFiles([{ path: "吴兴区/subtotal-example-rows.xlsx", bytes: new Uint8Array(readFileSync(SAMPLE)) }], "湖州市");
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan", city: "湖州市" });
  rollup.add(file);
  return rollup.finish();
}

test("rows that are not schools are never merged and are counted apart, by reason", () => {
  const result = rollUp();
  expect(result.records.map((r) => [r.values["学校名称"], r.source.row])).toEqual([
    ["湖州市第一中学", 7],
    ["湖州市第一中学", 8],
    ["湖州市织里中学", 9],
    ["南浔中学", 11],
  ]);
  expect(result.issues).toEqual([]);
  expect(result.rows).toEqual({ read: 4, merged: 4, rejected: 0, skipped: 7, skippedBy: { instruction: 2, example: 1, subtotal: 3, note: 1 } });
  expect(result.files[0]).toMatchObject({ rows: 4, skipped: { instruction: 2, example: 1, subtotal: 3, note: 1 } });
  // The totals are the roll-up's own sums, not the school's formula lines counted again.
  expect(result.totals?.all).toMatchObject({ rows: 4, schools: 3, spaces: 5, budget: 190.5 });
});

test("the roll-up workbook's 统计 and 文件 sheets say how many rows were skipped and why", async () => {
  const read = readWorkbook(await writeRollupWorkbook(rollUp(), BUILT_IN_CATALOG.get("huzhou-space-plan")!, { date: "2025-04-02" }), "汇总.xlsx");
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  const stats = read.grids.find((g) => g.name === "统计")!;
  expect(stats.rows[1]).toEqual(["数据行：4（汇总 4，剔除 0）  跳过的行：7（小计/合计行 3、示例行 1、填写说明行 2、注释行 1）"]);
  const files = read.grids.find((g) => g.name === "文件")!;
  expect(files.rows[2]).toEqual(["吴兴区/subtotal-example-rows.xlsx", "附件1", "已汇总", "huzhou-space-plan", 4, "小计/合计行 3、示例行 1、填写说明行 2、注释行 1"]);
});
