import { existsSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeCsv, writeXlsxExcelJS } from "../support";
import { planSheet } from "./fixtures";
import { put, runCli, tempDir } from "./run-cli";

/*
 * Sending problems back from the command line: `rollup --feedback DIR`, `feedback FILES --out DIR`,
 * the messages (exact text, both languages, the 500-character limit) and the resubmission round
 * decided by real file modification times.
 */

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const at = (iso: string) => new Date(iso);

describe("returned copies and messages", () => {
  const { dir, cleanup } = tempDir("feedback");
  beforeAll(async () => {
    put(dir, "报送/湖州市月河小学.xlsx", await writeXlsxExcelJS([planSheet("湖州市月河小学", [["录播教室", 20, null, "1390572123"], ["创客空间", 30, "王芳", "13905721234"]])]));
    put(dir, "报送/湖州市爱山小学.csv", writeCsv(planSheet("湖州市爱山小学", [["AI实验室", 15000, "沈杰", "0572-123"]]).rows, "gbk"));
    put(dir, "报送/湖州市第一中学.xlsx", await writeXlsxExcelJS([planSheet("湖州市第一中学", [["未来教室", 40, "李明", "13905720001"]])]));
    put(dir, "名单.csv", writeCsv([["学校名称", "区县"], ["湖州市月河小学", "吴兴区"], ["湖州市爱山小学", "吴兴区"], ["湖州市第一中学", "吴兴区"], ["湖州市环渚学校", "吴兴区"]], "gbk"));
  });
  afterAll(() => cleanup());

  test("rollup --feedback: a copy and a message for each school with an issue, the exact text of two", () => {
    const r = runCli(["rollup", "报送", "--out", "out/汇总.xlsx", "--report", "out/report.json", "--roster", "名单.csv", "--feedback", "out/退回"], dir);
    // Written, with error-level issues among them: exit 1.
    expect(r.code).toBe(1);
    expect(readdirSync(path.join(dir, "out", "退回")).sort()).toEqual(["退回_湖州市月河小学.xlsx", "退回_湖州市爱山小学.xlsx", "退回说明.txt"].sort());
    const report = readJson(path.join(dir, "out", "report.json"));
    const messages = Object.fromEntries(report.feedback.files.map((f: { school: string; message: string }) => [f.school, f.message]));
    expect(messages["湖州市月河小学"]).toBe(
      "湖州市月河小学：你单位报送的《新型教学空间建设计划汇总表》（湖州市月河小学.xlsx）有 2 处问题，请修改后于2025年4月1日前重新报送：\n" +
        "1. 第 4 行 项目负责人：未填写\n" +
        "2. 第 4 行 联系电话：号码少一位",
    );
    expect(messages["湖州市爱山小学"]).toBe(
      "湖州市爱山小学：你单位报送的《新型教学空间建设计划汇总表》（湖州市爱山小学.csv）有 2 处问题，请修改后于2025年4月1日前重新报送：\n" +
        "1. 第 4 行 预算金额（万元）：“15000”超过 10000万元，请核对单位\n" +
        "2. 第 4 行 联系电话：“0572-123”不是有效的电话号码",
    );
    expect(readFileSync(path.join(dir, "out", "退回", "退回说明.txt"), "utf8")).toBe(
      `${messages["湖州市月河小学"]}\n\n${messages["湖州市爱山小学"]}\n\n未报送（1 所，无退回文件）：\n- 湖州市环渚学校（吴兴区）\n`,
    );
    expect(report.feedback.missing).toEqual([{ name: "湖州市环渚学校", district: "吴兴区", layout: "huzhou-space-plan" }]);
    expect(r.stdout).toContain("已写出退回副本 2 份：out/退回；留言见 out/退回/退回说明.txt");
    expect(r.stdout).toContain("未报送 1 所（不生成退回文件）：湖州市环渚学校");
  });

  test("--lang en-US: the messages in English", () => {
    const r = runCli(["rollup", "报送", "--out", "en/汇总.xlsx", "--report", "en/report.json", "--feedback", "en/退回", "--lang", "en-US"], dir);
    // Written, with error-level issues among them: exit 1.
    expect(r.code).toBe(1);
    const report = readJson(path.join(dir, "en", "report.json"));
    const messages = Object.fromEntries(report.feedback.files.map((f: { school: string; message: string }) => [f.school, f.message]));
    expect(messages["湖州市月河小学"]).toBe(
      '湖州市月河小学: your "新型教学空间建设计划汇总表" (湖州市月河小学.xlsx) has 2 problem(s); please correct and send it again by 2025-04-01:\n' +
        "1. row 4 项目负责人: empty\n" +
        "2. row 4 联系电话: 1 digit(s) short",
    );
    expect(messages["湖州市爱山小学"]).toBe(
      '湖州市爱山小学: your "新型教学空间建设计划汇总表" (湖州市爱山小学.csv) has 2 problem(s); please correct and send it again by 2025-04-01:\n' +
        '1. row 4 预算金额（万元）: "15000" is over 10000 万元; check the unit\n' +
        '2. row 4 联系电话: "0572-123" is not a valid phone number',
    );
    expect(r.stdout).toContain("Returned copies written: 2 in en/退回");
  });

  test("a run into the same folder again does not read the copies back as submissions", () => {
    const r = runCli(["rollup", "报送", "out", "--out", "out/汇总.xlsx", "--report", "out/again.json", "--feedback", "out/退回"], dir);
    // Written, with error-level issues among them: exit 1.
    expect(r.code).toBe(1);
    const report = readJson(path.join(dir, "out", "again.json"));
    const copies = report.files.filter((f: { path: string }) => f.path.startsWith("out/退回/") && f.path.endsWith(".xlsx"));
    expect(copies.map((f: { path: string; status: string; reason?: string }) => [f.path, f.status, f.reason])).toEqual([
      ["out/退回/退回_湖州市月河小学.xlsx", "skipped", "这是退回副本（--feedback 文件夹），不作为报送数据"],
      ["out/退回/退回_湖州市爱山小学.xlsx", "skipped", "这是退回副本（--feedback 文件夹），不作为报送数据"],
    ]);
    expect(report.rollups[0].rows.read).toBe(4);
  });

  test("smartcampus feedback FILES --out DIR: the copies and messages, no roll-up workbook", async () => {
    const r = runCli(["feedback", "报送/湖州市月河小学.xlsx", "报送/湖州市第一中学.xlsx", "--out", "单独"], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(dir, "单独")).sort()).toEqual(["退回_湖州市月河小学.xlsx", "退回说明.txt"]);
    expect(r.stdout).not.toContain("已写出汇总工作簿");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "单独", "退回_湖州市月河小学.xlsx"));
    expect(wb.worksheets.map((s) => s.name)).toEqual(["问题说明", "Sheet1"]);
    expect((wb.getWorksheet("Sheet1")!.getCell("H4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
  });

  test("a message never passes 500 characters: the problems that do not fit are counted at the end", () => {
    const many = planSheet("湖州市凤凰小学", Array.from({ length: 40 }, (_, i) => [`空间${i + 1}`, 10, null, "139057212"] as [string, number, null, string]));
    put(dir, "多/湖州市凤凰小学.csv", writeCsv(many.rows, "utf-8-bom"));
    const r = runCli(["feedback", "多", "--out", "多退回", "--report", "多退回/report.json"], dir);
    expect(r.code).toBe(0);
    const [entry] = readJson(path.join(dir, "多退回", "report.json")).feedback.files;
    expect(entry.issues).toBe(80);
    expect(entry.message.length).toBeLessThanOrEqual(500);
    expect(entry.message).toMatch(/\n……另有 \d+ 处问题，见退回文件$/);
    const shown = entry.message.split("\n").filter((l: string) => /^\d+\. /.test(l)).length;
    expect(entry.message).toContain(`……另有 ${80 - shown} 处问题`);
  });
});

describe("the resubmission round on real files and their modification times", () => {
  const { dir, cleanup } = tempDir("resubmit");
  beforeAll(async () => {
    put(dir, "报送/湖州市东风小学.xlsx", await writeXlsxExcelJS([planSheet("湖州市东风小学", [["录播教室", 20, null, "1390572123"], ["创客空间", 30, "王芳", "13905721234"]])]));
    put(dir, "报送/湖州市东风小学（修改）.xlsx", await writeXlsxExcelJS([planSheet("湖州市东风小学", [["录播教室", 20, "王芳", "13905721234"], ["创客空间", 30, "王芳", "1390572"]])]));
    put(dir, "报送/湖州市飞英小学.xlsx", await writeXlsxExcelJS([planSheet("湖州市飞英小学", [["阅读空间", 12, "吴敏", "0572-2345678"]])]));
    put(dir, "报送/湖州市飞英小学v2.csv", writeCsv(planSheet("湖州市飞英小学", [["阅读空间", 14, "吴敏", "0572-2345678"]]).rows, "gbk"));
    utimesSync(path.join(dir, "报送/湖州市东风小学.xlsx"), at("2025-03-25T09:00:00Z"), at("2025-03-25T09:00:00Z"));
    utimesSync(path.join(dir, "报送/湖州市东风小学（修改）.xlsx"), at("2025-03-28T16:00:00Z"), at("2025-03-28T16:00:00Z"));
    // The v2 file is the older one on disk: the time decides, not the name.
    utimesSync(path.join(dir, "报送/湖州市飞英小学.xlsx"), at("2025-03-29T10:00:00Z"), at("2025-03-29T10:00:00Z"));
    utimesSync(path.join(dir, "报送/湖州市飞英小学v2.csv"), at("2025-03-26T10:00:00Z"), at("2025-03-26T10:00:00Z"));
  });
  afterAll(() => cleanup());

  test("the newest file of each school is rolled up, the older rejected as superseded-file; the summary says what changed", () => {
    const r = runCli(["rollup", "报送", "--out", "out/汇总.xlsx", "--report", "out/report.json", "--feedback", "out/退回"], dir);
    // Written, with error-level issues among them: exit 1.
    expect(r.code).toBe(1);
    const [rollup] = readJson(path.join(dir, "out", "report.json")).rollups;
    expect(rollup.rows).toEqual({ read: 6, merged: 3, rejected: 3, skipped: 0, skippedBy: {} });
    expect(rollup.rejected.map((x: { path: string; reason: string; keptRow: { path: string } }) => [x.path, x.reason, x.keptRow.path])).toEqual([
      ["报送/湖州市东风小学.xlsx", "superseded-file", "报送/湖州市东风小学（修改）.xlsx"],
      ["报送/湖州市东风小学.xlsx", "superseded-file", "报送/湖州市东风小学（修改）.xlsx"],
      ["报送/湖州市飞英小学v2.csv", "superseded-file", "报送/湖州市飞英小学.xlsx"],
    ]);
    const superseded = rollup.issues.filter((i: { code: string }) => i.code === "superseded-file");
    expect(superseded.map((i: { message: string }) => i.message)).toEqual([
      "文件 报送/湖州市东风小学（修改）.xlsx，工作表 Sheet1，第 4 行：“湖州市东风小学”的数据取自较新的文件“湖州市东风小学（修改）.xlsx”，较早的文件“湖州市东风小学.xlsx”中的 2 行未汇总",
      "文件 报送/湖州市飞英小学.xlsx，工作表 Sheet1，第 4 行：“湖州市飞英小学”的数据取自较新的文件“湖州市飞英小学.xlsx”，较早的文件“湖州市飞英小学v2.csv”中的 1 行未汇总",
    ]);
    expect(r.stdout).toContain("重新报送（2 所，较早的文件未汇总）：");
    expect(r.stdout).toContain("湖州市东风小学：已改正 2 处，仍未改 0 处，新出现 1 处（报送/湖州市东风小学（修改）.xlsx 替代 报送/湖州市东风小学.xlsx）");
    expect(r.stdout).toContain("湖州市飞英小学：已改正 0 处，仍未改 0 处，新出现 0 处（报送/湖州市飞英小学.xlsx 替代 报送/湖州市飞英小学v2.csv）");
    // Only the kept file goes back, with its own new problem; the old file's faults are history.
    expect(readdirSync(path.join(dir, "out", "退回")).sort()).toEqual(["退回_湖州市东风小学.xlsx", "退回说明.txt"]);
    expect(readFileSync(path.join(dir, "out", "退回", "退回说明.txt"), "utf8")).toContain("（湖州市东风小学（修改）.xlsx）有 1 处问题");
  });

  test("--keep-all: every file is rolled up, the repeats flagged duplicate-row", () => {
    const r = runCli(["rollup", "报送", "--out", "all/汇总.xlsx", "--report", "all/report.json", "--keep-all"], dir);
    // Written, with error-level issues among them: exit 1.
    expect(r.code).toBe(1);
    const [rollup] = readJson(path.join(dir, "all", "report.json")).rollups;
    expect(rollup.rows).toEqual({ read: 6, merged: 6, rejected: 0, skipped: 0, skippedBy: {} });
    expect(rollup.issues.filter((i: { code: string }) => i.code === "duplicate-row")).toHaveLength(3);
    expect(existsSync(path.join(dir, "all", "汇总.xlsx"))).toBe(true);
  });
});
