/**
 * The Excel adapter against the in-memory Excel of its tests (test/excel/fake-workbook.ts): syncs
 * per validation, and the time to read + analyse + mark a 10,000-row plan sheet. The fake runs the
 * queued commands in-process, so the times measure the adapter's own work, not Excel's.
 */
import { performance } from "node:perf_hooks";
import { analyzeSheet } from "../src/core";
import type { LocatedIssue } from "../src/core/model/issue";
import { clearMarks, markIssues } from "../src/excel/mark-issues";
import { readGrid } from "../src/excel/read-grid";
import { FakeWorkbook, installOffice, uninstallOffice } from "../test/excel/fake-workbook";
import { BUILT_IN_CATALOG } from "../src/core/layouts/built-in";

function planBook(rows: number): FakeWorkbook {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("计划表");
  sheet.put([
    ["新型教学空间建设计划汇总表"],
    ["区县：吴兴区  联系人：张三  联系电话：13800000001"],
    ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"],
  ]);
  for (let i = 0; i < rows; i++) {
    // Every third phone is invalid, so a third of the rows get marked.
    sheet.put([[i + 1, "吴兴区", `湖州市第${i + 1}小学`, 2, `创客空间${i + 1}`, 12.5, "李四", i % 3 ? "13800000000" : "1234", null]], { row: 3 + i, column: 0 });
  }
  return book;
}

async function validate(rows: number): Promise<{ syncs: number; ms: number; issues: number; read: number; mark: number; clear: number }> {
  const book = planBook(rows);
  await installOffice(book);
  const start = performance.now();
  const grid = await readGrid();
  const read = book.stats.syncs;
  const result = analyzeSheet(grid, { catalog: BUILT_IN_CATALOG });
  const issues: LocatedIssue[] = result.issues.map((i) => ({ ...i, sheet: grid.name }));
  await markIssues(issues);
  const ms = performance.now() - start;
  const mark = book.stats.syncs - read;
  await clearMarks();
  const clear = book.stats.syncs - read - mark;
  uninstallOffice();
  return { syncs: read + mark, ms, issues: issues.length, read, mark, clear };
}

export default async function run(): Promise<Array<{ name: string; value: number; unit: string; note?: string }>> {
  await validate(10); // warm-up
  const small = await validate(10);
  const large = await validate(10_000);
  return [
    { name: "excel: syncs per validation, 10 rows (read + mark)", value: small.syncs, unit: "syncs", note: `read ${small.read}, mark ${small.mark}, clear ${small.clear}` },
    { name: "excel: syncs per validation, 10,000 rows (read + mark)", value: large.syncs, unit: "syncs", note: `read ${large.read}, mark ${large.mark}, clear ${large.clear}` },
    { name: "excel: read + analyse + mark, 10,000 rows", value: Math.round(large.ms), unit: "ms", note: `${large.issues} issues marked, in-memory Excel` },
  ];
}
