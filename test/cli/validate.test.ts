import { readFileSync } from "node:fs";
import path from "node:path";
import { writeCsv, writeXlsxExcelJS } from "../support";
import { planSheet } from "./fixtures";
import { put, runCli, tempDir } from "./run-cli";

describe("smartcampus validate", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir("validate"));
    put(dir, "good.xlsx", await writeXlsxExcelJS([planSheet("湖州市第一中学", [["人工智能学习空间", 85, "王建国", "13857201234"]])]));
    put(
      dir,
      "bad.xlsx",
      await writeXlsxExcelJS([
        planSheet("湖州市月河小学", [
          ["智慧书法教室", 26, "姚晨", "18857205566"],
          ["心理健康数字空间", 18, null, "1885720556"],
        ]),
      ]),
    );
    // Only warnings: a budget typed in 元.
    put(dir, "warn.csv", writeCsv(planSheet("吴兴区八里店中学", [["人工智能实验室", 350000, "蒋涛", "13819201234"]]).rows, "gbk"));
  });
  afterAll(() => cleanup());

  test("prints a table of row, column letter, field, code and message; exit 1 on an error", () => {
    const r = runCli(["validate", "bad.xlsx"], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.some((l) => /^\s*行\s+列\s+字段\s+代码\s+说明/.test(l))).toBe(true);
    expect(lines.find((l) => l.includes("invalid-phone"))).toMatch(/^\s*5\s+H\s+联系电话\s+✗ invalid-phone\s+\S/);
    expect(lines.find((l) => l.includes("missing-value"))).toMatch(/^\s*5\s+G\s+项目负责人\s+✗ missing-value\s+\S/);
    expect(r.stdout).toMatch(/错误 2 个/);
  });

  test("exit 0 when there are no errors (warnings allowed)", () => {
    expect(runCli(["validate", "good.xlsx"], dir).code).toBe(0);
    const warn = runCli(["validate", "warn.csv", "--city", "湖州市"], dir);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/suspicious-value/);
  });

  test("--report writes every issue, located, with its message", () => {
    const r = runCli(["validate", "bad.xlsx", "good.xlsx", "--report", "out/issues.json"], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, "out", "issues.json"), "utf8"));
    expect(report.files).toEqual([
      expect.objectContaining({ path: "bad.xlsx", sheet: "Sheet1", status: "checked", layout: "huzhou-space-plan", rows: 2 }),
      expect.objectContaining({ path: "good.xlsx", sheet: "Sheet1", status: "checked", layout: "huzhou-space-plan", rows: 1 }),
    ]);
    const flat = report.issues.map((i: Record<string, unknown>) => [i.path, i.row, i.columnLetter, i.field, i.code, i.severity]);
    expect(flat).toEqual(
      expect.arrayContaining([
        ["bad.xlsx", 5, "H", "联系电话", "invalid-phone", "error"],
        ["bad.xlsx", 5, "G", "项目负责人", "missing-value", "error"],
      ]),
    );
    expect(report.issues.every((i: { message: string }) => i.message.length > 0)).toBe(true);
  });

  test("--lang en-US gives English headings and messages", () => {
    const r = runCli(["validate", "bad.xlsx", "--lang", "en-US"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Row\s+Col\s+Field\s+Code\s+Message/);
    expect(r.stdout).toMatch(/2 error\(s\)/);
  });
});
