import { BUILT_IN_CATALOG } from "../../src/core/layouts/built-in";
import { issue, type LocatedIssue } from "../../src/core/model/issue";
import type { MergedRow, RollupResult } from "../../src/core/rollup/result";
import { writeRollup } from "../../src/excel/write-rollup";
import { FakeWorkbook, installOffice, uninstallOffice } from "./fake-workbook";

afterEach(uninstallOffice);

const FIELDS = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];

function record(i: number, school: string, district = "吴兴区"): MergedRow {
  return {
    values: { 序号: i, 区县: district, 学校名称: school, "拟建空间数量（个）": 2, 空间名称: "创客空间", "预算金额（万元）": 12.5, 项目负责人: "李四", 联系电话: "13800000000", "备注（应用方向）": null },
    source: { path: `${school}.xlsx`, sheet: "Sheet1", row: 4 },
    district,
  };
}

function planResult(rows: number): RollupResult {
  const records = [
    record(1, "=HYPERLINK(\"http://x\",\"点我\")"),
    record(2, "+86某校"),
    record(3, "-"),
    record(4, "@某校", "南浔区"),
  ];
  for (let i = 5; i <= rows; i++) records.push(record(i, `第${i}小学`, i % 2 ? "德清县" : "长兴县"));
  const issues: LocatedIssue[] = [
    { ...issue("invalid-phone", { field: "联系电话", row: 5, column: 8, value: "1234" }), path: "a.xlsx", sheet: "Sheet1" },
    { ...issue("not-submitted", { value: "安吉县实验小学", params: { district: "安吉县" } }) },
  ];
  return {
    layout: "huzhou-space-plan",
    title: "新型教学空间建设计划汇总表",
    schoolField: "学校名称",
    fields: FIELDS,
    city: "湖州市",
    rows: { read: records.length, merged: records.length, rejected: 0, skipped: 0, skippedBy: {} },
    records,
    rejected: [],
    issues,
    quotas: [
      { scope: "吴兴区", category: "", limit: 4, count: 3, exceeded: false },
      { scope: "南浔区", category: "", limit: 4, count: 6, exceeded: true },
    ],
    totals: {
      districts: [
        { district: "吴兴区", rows: 3, schools: 3, spaces: 6, budget: 37.5 },
        { district: "南浔区", rows: 1, schools: 1, spaces: 2, budget: 12.5 },
      ],
      all: { district: "合计", rows: 4, schools: 4, spaces: 8, budget: 50 },
    },
    files: [],
  };
}

const PLAN = BUILT_IN_CATALOG.get("huzhou-space-plan")!;
const PROGRESS = BUILT_IN_CATALOG.get("huzhou-space-progress")!;

test("writes 汇总 as a table under the official title and header, and the other sheets", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const out = await writeRollup(planResult(4), PLAN);
  expect(out).toEqual({
    cancelled: false,
    sheets: [
      { kind: "summary", name: "汇总" },
      { kind: "issues", name: "问题清单" },
      { kind: "quotas", name: "名额" },
      { kind: "stats", name: "统计" },
      { kind: "missing", name: "未报送" },
      { kind: "files", name: "文件" },
    ],
  });
  const sum = book.sheet("汇总");
  // The downloaded file's 汇总: title, info line, the official header and each row's source.
  expect(sum.value("A1")).toBe("新型教学空间建设计划汇总表（汇总）");
  expect(sum.value("A2")).toContain("汇总单位：湖州市");
  expect(sum.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 11 });
  expect([...FIELDS, "来源文件", "来源工作表", "来源行号"].map((_f, c) => sum.peek(2, c)?.value)).toEqual([...FIELDS, "来源文件", "来源工作表", "来源行号"]);
  expect(sum.tables).toHaveLength(1);
  expect(sum.tables[0]).toMatchObject({ area: { top: 2, left: 0, bottom: 6, right: 11 }, hasHeaders: true, props: { style: "TableStyleMedium2" } });
  expect(sum.frozenRows).toBe(3);
  expect(sum.value("I4")).toBe("");
  expect(book.activeSheet?.name).toBe("汇总");

  const issues = book.sheet("问题清单");
  // The file's 问题清单: column letter, the issue's code, the severity in the locale, the sentence.
  expect([0, 1, 2, 3, 4, 5, 6].map((c) => issues.peek(2, c)?.value)).toEqual(["a.xlsx", "Sheet1", 5, "H", "联系电话", "invalid-phone", "错误"]);
  expect(String(issues.peek(2, 7)?.value)).toContain("1234");
  expect(issues.at("G3")!.fill?.color).toBe("#FFC7CE");
  expect(book.sheet("未报送").value("A3")).toBe("安吉县实验小学");
  expect(book.sheet("未报送").value("B3")).toBe("安吉县");
});

test("text from submissions stays text: =, +, -, @ are never evaluated, phone digits kept", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  await writeRollup(planResult(4), PLAN);
  const sum = book.sheet("汇总");
  for (const [address, text] of [
    ["C4", "=HYPERLINK(\"http://x\",\"点我\")"],
    ["C5", "+86某校"],
    ["C6", "-"],
    ["C7", "@某校"],
    ["H4", "13800000000"],
  ]) {
    expect(sum.at(address)!.formula).toBeUndefined();
    expect(sum.at(address)!.value).toBe(text);
    expect(sum.at(address)!.numberFormat).toBe("@");
  }
  expect(sum.at("F4")!.value).toBe(12.5);
  expect(sum.at("F4")!.numberFormat).toBe("General");
});

test("名额 shows overruns in red", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  await writeRollup(planResult(4), PLAN);
  const quotas = book.sheet("名额");
  expect([0, 1, 2, 3, 4].map((c) => quotas.peek(3, c)?.value)).toEqual(["南浔区", "", 4, 6, "是"]);
  expect(quotas.at("A4")!.style["font.color"]).toBe("#C00000");
  expect(quotas.at("A4")!.fill?.color).toBe("#FFC7CE");
  expect(quotas.at("A3")!.style["font.color"]).toBeUndefined();
});

test("统计 has the district totals and charts of rows and budget per district", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  await writeRollup(planResult(4), PLAN);
  const stats = book.sheet("统计");
  expect(stats.value("A1")).toBe("新型教学空间建设计划汇总表（统计）");
  // The summed columns are the layout's spaces and budget fields, headed by their own names; 合计 is not charted.
  expect([0, 1, 2, 3, 4].map((c) => stats.peek(2, c)?.value)).toEqual(["区县", "行数", "学校数", "拟建空间数量（个）", "预算金额（万元）"]);
  expect(stats.value("A6")).toBe("合计");
  expect(stats.charts.map((c) => [c.type, c.props["title.text"], a(c.source)])).toEqual([
    ["ColumnClustered", "各区县行数", "B3:B5"],
    ["ColumnClustered", "各区县预算金额（万元）", "E3:E5"],
  ]);
  expect(stats.charts[0].calls.map((c) => c.path)).toContain("series.getItemAt().setXAxisValues");
});

function a(area: { top: number; left: number; bottom: number; right: number }): string {
  const col = (c: number) => String.fromCharCode(65 + c);
  return `${col(area.left)}${area.top + 1}:${col(area.right)}${area.bottom + 1}`;
}

test("progress roll-up: stages per district, as a stacked chart", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const fields = ["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"];
  const row = (district: string, stage: number): MergedRow => ({
    values: { 序号: 1, 区县: district, 学校名称: "某校", "空间建设数量（个）": 1, 月度工作进展情况: stage, 存在问题或困难及解决措施: null },
    source: { path: "x.xlsx", sheet: "Sheet1", row: 4 },
    district,
  });
  await writeRollup(
    { ...planResult(4), layout: "huzhou-space-progress", fields, records: [row("吴兴区", 4), row("吴兴区", 4), row("南浔区", 7)], totals: undefined, quotas: [], issues: [] },
    PROGRESS,
  );
  const stats = book.sheet("统计");
  expect(stats.value("A3")).toBe("各区县建设进展");
  expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => stats.peek(4, c)?.value)).toEqual(["吴兴区", 0, 0, 0, 2, 0, 0, 0]);
  expect(stats.charts.map((c) => [c.type, a(c.source)])).toEqual([["ColumnStacked", "B4:H6"]]);
});

test("taizhou roll-up: grade distribution against the city targets", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  await writeRollup(
    {
      ...planResult(4),
      totals: undefined,
      quotas: [],
      issues: [],
      gradeSummary: {
        schools: 10,
        byGrade: { 标杆: 1, 良好: 5, 达标: 3, 未达标: 1 },
        targets: [
          { grade: "达标", count: 9, share: 0.9, target: 0.9, kind: "share", met: true },
          { grade: "良好", count: 6, share: 0.6, target: 0.6, kind: "share", met: true },
          { grade: "标杆", count: 1, share: 0.1, target: 50, kind: "count", met: false },
        ],
      },
    },
    PLAN,
  );
  // The file's 等级分布 sheet, with the target as a number of schools beside the count, charted.
  const grades = book.sheet("等级分布");
  expect(grades.value("A1")).toBe("新型教学空间建设计划汇总表（等级分布，共 10 所）");
  expect([0, 1, 2, 3, 4, 5].map((c) => grades.peek(4, c)?.value)).toEqual(["标杆", 1, 50, 0.1, 50, "否"]);
  expect(grades.charts.map((c) => [c.props["title.text"], a(c.source)])).toEqual([["等级分布与市级目标", "B2:C5"]]);
});

test("an existing 汇总 is never overwritten: renamed by default, replaced only when confirmed, or cancelled", async () => {
  const book = new FakeWorkbook();
  book.addSheet("汇总").put([["去年的汇总"]]);
  await installOffice(book);
  const asked: string[] = [];
  const renamed = await writeRollup(planResult(4), PLAN, { onConflict: (n) => (asked.push(n), "rename") });
  expect(asked).toEqual(["汇总"]);
  expect(renamed.sheets[0].name).toBe("汇总 (2)");
  expect(book.sheet("汇总").value("A1")).toBe("去年的汇总");
  expect(book.sheet("汇总 (2)").value("A1")).toBe("新型教学空间建设计划汇总表（汇总）");

  const before = book.sheets.map((s) => s.name);
  const cancelled = await writeRollup(planResult(4), PLAN, { onConflict: () => "cancel" });
  expect(cancelled).toEqual({ cancelled: true, sheets: [] });
  expect(book.sheets.map((s) => s.name)).toEqual(before);

  const replaced = await writeRollup(planResult(4), PLAN, { onConflict: (n) => (n === "汇总" ? "replace" : "rename") });
  expect(replaced.sheets[0].name).toBe("汇总");
  expect(book.sheet("汇总").value("A1")).toBe("新型教学空间建设计划汇总表（汇总）");
  expect(book.sheets.filter((s) => s.name.startsWith("汇总")).map((s) => s.name)).toEqual(["汇总 (2)", "汇总"]);
});

test("the tables land on the sheets being written, though another sheet is active", async () => {
  const book = new FakeWorkbook();
  const active = book.addSheet("Sheet1");
  await installOffice(book);
  await writeRollup(planResult(4), PLAN);
  expect(active.tables).toEqual([]);
  expect(book.sheet("汇总").tables.map((t) => t.area)).toEqual([{ top: 2, left: 0, bottom: 6, right: 11 }]);
  for (const sheet of book.sheets) for (const t of sheet.tables) expect(sheet.name).not.toBe("Sheet1");
});

test("10 and 10,000 rows take the same syncs, every request under 5 MB", async () => {
  const counts: number[] = [];
  for (const rows of [10, 10_000]) {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    await installOffice(book);
    await writeRollup(planResult(rows), PLAN);
    expect(book.sheet("汇总").value(`C${rows + 3}`)).toBe(`第${rows}小学`);
    counts.push(book.stats.syncs);
    for (const r of book.stats.requests) {
      expect(r.refused).toBeUndefined();
      expect(r.requestBytes).toBeLessThan(5 * 1024 * 1024);
    }
  }
  expect(counts).toEqual([2, 2]);
});
