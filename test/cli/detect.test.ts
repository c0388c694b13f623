import { writeWithSheetJS, writeXlsxExcelJS } from "../support";
import { docxBytes, planSheet, truncated } from "./fixtures";
import { put, runCli, tempDir } from "./run-cli";

describe("smartcampus detect", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir("detect"));
    const good = await writeXlsxExcelJS([planSheet("湖州市第一中学", [["人工智能学习空间", 85, "王建国", "13857201234"]])]);
    put(dir, "一中.xlsx", good);
    put(dir, "爱山小学.xls", writeWithSheetJS([planSheet("湖州市爱山小学", [["数字音乐教室", 32, "周琳", "15857209988"]])], "xls"));
    put(dir, "损坏.xlsx", truncated(good));
    put(dir, "其实是文档.xlsx", docxBytes());
    put(dir, "无关表格.xlsx", await writeXlsxExcelJS([{ name: "工资", rows: [["姓名", "月份", "金额"], ["张三", "1月", 5000]] }]));
  });
  afterAll(() => cleanup());

  test("names each file's layout, header row and columns; exit 0 when every file matched", () => {
    const r = runCli(["detect", "一中.xlsx", "爱山小学.xls"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("一中.xlsx");
    expect(r.stdout).toContain("huzhou-space-plan");
    expect(r.stdout).toMatch(/表头行 3/);
    expect(r.stdout).toMatch(/H\s+联系电话\s+联系电话/);
  });

  test("--json gives the layout, header rows, column mapping and confidence per sheet", () => {
    const r = runCli(["detect", "一中.xlsx", "--json"], dir);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    const sheet = data.files[0].sheets[0];
    expect(data.files[0]).toMatchObject({ path: "一中.xlsx", status: "matched", format: "xlsx" });
    expect(sheet).toMatchObject({ sheet: "Sheet1", layout: "huzhou-space-plan", headerRows: [3] });
    expect(sheet.columns.find((c: { field: string }) => c.field === "学校名称")).toEqual({ column: 3, letter: "C", field: "学校名称", header: "学校名称" });
    expect(sheet.confidence).toBeGreaterThan(0.5);
  });

  test("a corrupt file and a table-less .docx named .xlsx are named with their reason; the run goes on; exit 1", () => {
    const r = runCli(["detect", "损坏.xlsx", "其实是文档.xlsx", "一中.xlsx", "无关表格.xlsx"], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    const after = (name: string) => lines[lines.findIndex((l) => l.includes(name)) + 1] ?? "";
    expect(lines.find((l) => l.includes("损坏.xlsx"))).toMatch(/^✗/);
    expect(after("损坏.xlsx")).toMatch(/损坏|不完整/);
    expect(after("其实是文档.xlsx")).toMatch(/没有表格/);
    expect(lines.find((l) => l.includes("一中.xlsx"))).toMatch(/^✓/);
    expect(after("无关表格.xlsx")).toMatch(/未识别出版式/);
    expect(r.stdout).toMatch(/共 4 个文件：已识别 1，未识别 2，无法读取 1/);
  });

  test("a file that does not exist is named, not a crash", () => {
    const r = runCli(["detect", "没有这个文件.xlsx", "一中.xlsx", "--json"], dir);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.stdout);
    expect(data.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
      ["没有这个文件.xlsx", "unreadable"],
      ["一中.xlsx", "matched"],
    ]);
    expect(data.files[0].error).toMatchObject({ code: "unreadable-file", params: { reason: "not-found" } });
  });

  test("--lang en-US speaks English", () => {
    const r = runCli(["detect", "损坏.xlsx", "--lang", "en-US"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/damaged|incomplete/);
    expect(r.stdout).toMatch(/1 file\(s\): 0 matched, 0 unknown, 1 unreadable/);
  });
});
