import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice, writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../support";
import { planSheet, progressSheet, truncated } from "./fixtures";
import { put, runCli, tempDir } from "./run-cli";

interface ReportFile {
  path: string;
  sheet: string | null;
  status: string;
  layout: string | null;
  rows: number;
  reason?: string;
}

function readReport(dir: string, name = "report.json") {
  return JSON.parse(readFileSync(path.join(dir, name), "utf8"));
}

/** School names in the first sheet of a written roll-up, column 学校名称 found by its header. */
async function schoolsIn(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  let headerRow = 0;
  let column = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (!headerRow && String(cell.value).replace(/\s/g, "") === "学校名称") {
        headerRow = r;
        column = c;
      }
    });
  });
  const names: string[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const v = ws.getRow(r).getCell(column).value;
    if (typeof v === "string" && v.trim()) names.push(v.trim());
  }
  return names;
}

describe("smartcampus rollup", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir("rollup"));
    const yizhong = await writeXlsxExcelJS([planSheet("湖州市第一中学", [["人工智能学习空间", 85, "王建国", "13857201234"], ["数字化物理实验室", 120, "陈晓东", "13957203456"]])]);
    put(dir, "报送/湖州市第一中学.xlsx", yizhong);
    put(dir, "报送/湖州市爱山小学.xls", writeWithSheetJS([planSheet("湖州市爱山小学", [["数字音乐教室", 32, "周琳", "15857209988"]])], "xls"));
    put(dir, "报送/湖州市凤凰小学.csv", writeCsv(planSheet("湖州市凤凰小学", [["科学探究实验室", 48, "吴海燕", "0572-2660321"]]).rows, "gbk"));
    // Saved by LibreOffice: without it this suite fails (LibreOfficeMissingError) rather than test an .xlsx in its place.
    put(dir, "报送/吴兴区八里店中学.ods", await convertWithLibreOffice(await writeXlsxExcelJS([planSheet("吴兴区八里店中学", [["人工智能实验室", 35, "蒋涛", "13819201234"]])]), "xlsx", "ods"));
    put(dir, "报送/子文件夹/湖州市月河小学.xlsx", await writeXlsxExcelJS([planSheet("湖州市月河小学", [["智慧书法教室", 26, "姚晨", "1885720556"]])]));
    put(dir, "报送/坏文件.xlsx", truncated(yizhong));
    put(dir, "报送/~$湖州市第一中学.xlsx", new Uint8Array(162));
    put(dir, "报送/.DS_Store", "x");
    put(dir, "报送/说明.txt", "请各校于4月1日前报送");
    put(dir, "月报/2025年5月.xlsx", await writeXlsxExcelJS([progressSheet("2025年5月", [["湖州市第一中学", 4], ["湖州市爱山小学", 2]])]));
    put(dir, "月报/2025年6月.xlsx", await writeXlsxExcelJS([progressSheet("2025年6月", [["湖州市第一中学", 3], ["湖州市爱山小学", 3]])]));
    put(dir, "名单.csv", writeCsv([["学校名称", "区县"], ["湖州市第一中学", "吴兴区"], ["湖州市爱山小学", "吴兴区"], ["湖州市凤凰小学", "吴兴区"], ["湖州市环渚学校", "吴兴区"]], "gbk"));
  });
  afterAll(() => cleanup());

  test("a folder of mixed formats with one broken file: the workbook is written, the broken one reported; exit 1", async () => {
    const r = runCli(["rollup", "报送", "--out", "out/汇总.xlsx", "--report", "out/report.json"], dir);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, "out", "汇总.xlsx"))).toBe(true);
    const schools = await schoolsIn(path.join(dir, "out", "汇总.xlsx"));
    expect(new Set(schools)).toEqual(new Set(["湖州市第一中学", "湖州市爱山小学", "湖州市凤凰小学", "吴兴区八里店中学", "湖州市月河小学"]));
    expect(schools).toHaveLength(6);

    const report = readReport(path.join(dir, "out"));
    const byPath = new Map<string, ReportFile>(report.files.map((f: ReportFile) => [f.path, f]));
    expect(byPath.get("报送/坏文件.xlsx")).toMatchObject({ status: "failed", rows: 0 });
    expect(byPath.get("报送/湖州市第一中学.xlsx")).toMatchObject({ status: "merged", layout: "huzhou-space-plan", rows: 2 });
    expect(byPath.get("报送/子文件夹/湖州市月河小学.xlsx")).toMatchObject({ status: "merged", rows: 1 });
    expect(byPath.get("报送/~$湖州市第一中学.xlsx")).toMatchObject({ status: "skipped" });
    expect(byPath.get("报送/.DS_Store")).toMatchObject({ status: "skipped" });
    expect(byPath.get("报送/说明.txt")).toMatchObject({ status: "skipped" });
    expect(report.rollups).toHaveLength(1);
    expect(report.rollups[0]).toMatchObject({ layout: "huzhou-space-plan", rows: { read: 6, merged: 6, rejected: 0 } });
    expect(report.rollups[0].issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "报送/子文件夹/湖州市月河小学.xlsx", row: 4, field: "联系电话", code: "invalid-phone", severity: "error" })]),
    );

    // The terminal: what was set aside and why, and the summary table.
    expect(r.stdout).toMatch(/坏文件\.xlsx.*(损坏|不完整)/);
    expect(r.stdout).toMatch(/~\$湖州市第一中学\.xlsx.*锁定文件/);
    expect(r.stdout).toMatch(/\.DS_Store.*隐藏文件/);
    expect(r.stdout).toMatch(/已汇总文件\s+5/);
    expect(r.stdout).toMatch(/无法读取的文件\s+1/);
    expect(r.stdout).toMatch(/汇总行数\s+6/);
  });

  test("without --layout each layout gets its own workbook, the layout id in its name", () => {
    const r = runCli(["rollup", "报送", "月报", "--out", "multi/汇总.xlsx", "--report", "multi/report.json"], dir);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, "multi", "汇总.huzhou-space-plan.xlsx"))).toBe(true);
    expect(existsSync(path.join(dir, "multi", "汇总.huzhou-space-progress.xlsx"))).toBe(true);
    expect(existsSync(path.join(dir, "multi", "汇总.xlsx"))).toBe(false);
    const report = readReport(path.join(dir, "multi"));
    expect(report.rollups.map((x: { layout: string; out: string }) => [x.layout, x.out])).toEqual([
      ["huzhou-space-plan", "multi/汇总.huzhou-space-plan.xlsx"],
      ["huzhou-space-progress", "multi/汇总.huzhou-space-progress.xlsx"],
    ]);
    const progress = report.rollups[1];
    expect(progress.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: "stage-regressed" })]));
  });

  test("--layout rolls up that layout only and lists the others as skipped", () => {
    const r = runCli(["rollup", "报送", "月报", "--layout", "huzhou-space-progress", "--out", "only/月报汇总.xlsx", "--report", "only/report.json"], dir);
    // Written; the broken file in 报送 makes it 1.
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, "only", "月报汇总.xlsx"))).toBe(true);
    const report = readReport(path.join(dir, "only"));
    expect(report.rollups.map((x: { layout: string }) => x.layout)).toEqual(["huzhou-space-progress"]);
    const plan = report.files.filter((f: ReportFile) => f.layout === "huzhou-space-plan");
    expect(plan).toHaveLength(5);
    expect(plan.every((f: ReportFile) => f.status === "skipped" && /huzhou-space-progress/.test(f.reason ?? ""))).toBe(true);
    expect(r.stdout).toMatch(/跳过的文件/);
  });

  test("--roster lists who did not submit and who is not on it; the roster is never rolled up", () => {
    const r = runCli(["rollup", ".", "--layout", "huzhou-space-plan", "--roster", "名单.csv", "--out", "roster/汇总.xlsx", "--report", "roster/report.json"], dir);
    expect(r.code).toBe(1);
    const report = readReport(path.join(dir, "roster"));
    const issues = report.rollups[0].issues;
    const notSubmitted = issues.filter((i: { code: string }) => i.code === "not-submitted");
    expect(notSubmitted).toHaveLength(1);
    expect(notSubmitted[0].message).toContain("湖州市环渚学校");
    const notOnRoster = issues.filter((i: { code: string }) => i.code === "not-on-roster").map((i: { message: string }) => i.message).join("\n");
    expect(notOnRoster).toContain("吴兴区八里店中学");
    expect(notOnRoster).toContain("湖州市月河小学");
    expect(report.files.find((f: ReportFile) => f.path === "名单.csv")).toMatchObject({ status: "skipped" });
    expect(r.stdout).toMatch(/未报送\s+1/);
  });

  test("rows that are not schools (合计, 示例, 填写说明) are counted apart in the summary and the report", () => {
    const sample = readFileSync(path.join(__dirname, "..", "samples", "huzhou-space-plan", "subtotal-example-rows.xlsx"));
    put(dir, "合计示例/吴兴区.xlsx", new Uint8Array(sample));
    const r = runCli(["rollup", "合计示例", "--out", "skipped/汇总.xlsx", "--report", "skipped/report.json"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/汇总行数\s+4/);
    expect(r.stdout).toMatch(/跳过的行\s+7（小计\/合计行 3、示例行 1、填写说明行 2、注释行 1）/);
    const report = readReport(path.join(dir, "skipped"));
    expect(report.rollups[0].rows).toEqual({ read: 4, merged: 4, rejected: 0, skipped: 7, skippedBy: { instruction: 2, example: 1, subtotal: 3, note: 1 } });
    expect(report.files[0]).toMatchObject({ path: "合计示例/吴兴区.xlsx", rows: 4, skipped: { subtotal: 3, example: 1, instruction: 2, note: 1 } });
  });

  test("nothing to roll up → exit 3, no workbook", () => {
    const r = runCli(["rollup", "报送/坏文件.xlsx", "--out", "none/汇总.xlsx"], dir);
    expect(r.code).toBe(3);
    expect(existsSync(path.join(dir, "none", "汇总.xlsx"))).toBe(false);
    expect(r.stdout).toMatch(/没有任何文件可以汇总/);
  });

  test("a roll-up written into the input folder is not read back as a submission", () => {
    const first = runCli(["rollup", "报送", "--out", "报送/汇总.xlsx"], dir);
    expect(first.code).toBe(1);
    const again = runCli(["rollup", "报送", "--out", "报送/汇总.xlsx", "--json"], dir);
    expect(again.code).toBe(1);
    const report = JSON.parse(again.stdout);
    expect(report.files.find((f: ReportFile) => f.path === "报送/汇总.xlsx")).toMatchObject({ status: "skipped" });
    expect(report.rollups[0].rows.merged).toBe(6);
  });
});
