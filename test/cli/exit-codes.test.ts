import { existsSync } from "node:fs";
import path from "node:path";
import { writeXlsxExcelJS } from "../support";
import { planSheet, progressSheet } from "./fixtures";
import { put, runCli, tempDir } from "./run-cli";

/**
 * `rollup`'s exit codes, as its --help states them: 0 written and clean (warnings allowed),
 * 1 written with error-level findings, 2 usage, 3 nothing written.
 */
describe("smartcampus rollup exit codes", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir("exit"));
    put(dir, "干净/湖州市第一中学.xlsx", await writeXlsxExcelJS([planSheet("湖州市第一中学", [["人工智能学习空间", 85, "王建国", "13857201234"]])]));
    put(dir, "干净/湖州市爱山小学.xlsx", await writeXlsxExcelJS([planSheet("湖州市爱山小学", [["数字音乐教室", 32, "周琳", "15857209988"]])]));
    // Warnings only: a stage that goes down between two months.
    put(dir, "警告/2025年5月.xlsx", await writeXlsxExcelJS([progressSheet("2025年5月", [["湖州市第一中学", 4]])]));
    put(dir, "警告/2025年6月.xlsx", await writeXlsxExcelJS([progressSheet("2025年6月", [["湖州市第一中学", 3]])]));
    put(dir, "有错/湖州市月河小学.xlsx", await writeXlsxExcelJS([planSheet("湖州市月河小学", [["智慧书法教室", 26, "姚晨", "1885720556"]])]));
    put(dir, "不是汇总表/说明.csv", "请各校于4月1日前报送\n");
    put(dir, "挡路", "a file where the output folder should be");
  });
  afterAll(() => cleanup());

  test("0: written, no error-level issue", () => {
    const r = runCli(["rollup", "干净", "--out", "a/汇总.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, "a", "汇总.xlsx"))).toBe(true);
  });

  test("0: written with warnings only", () => {
    const r = runCli(["rollup", "警告", "--out", "b/汇总.xlsx", "--json"], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rollups[0].issues.map((i: { code: string; severity: string }) => [i.code, i.severity])).toEqual([["stage-regressed", "warning"]]);
  });

  test("1: written, but an error-level issue was found", () => {
    const r = runCli(["rollup", "干净", "有错", "--out", "c/汇总.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, "c", "汇总.xlsx"))).toBe(true);
  });

  test("1: written, but a file matched no layout", () => {
    const r = runCli(["rollup", "干净", "不是汇总表/说明.csv", "--out", "d/汇总.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, "d", "汇总.xlsx"))).toBe(true);
  });

  test("2: usage", () => {
    expect(runCli(["rollup", "干净"], dir).code).toBe(2);
    expect(runCli(["rollup", "干净", "--out", "e/汇总.xlsx", "--layout", "no-such-layout"], dir).code).toBe(2);
  });

  test("3: nothing could be rolled up, or the workbook could not be written", () => {
    const none = runCli(["rollup", "不是汇总表", "--out", "f/汇总.xlsx"], dir);
    expect(none.code).toBe(3);
    expect(existsSync(path.join(dir, "f", "汇总.xlsx"))).toBe(false);
    const blocked = runCli(["rollup", "干净", "--out", "挡路/汇总.xlsx"], dir);
    expect(blocked.code).toBe(3);
    expect(blocked.stderr).toMatch(/无法写入/);
  });

  test("--help states these codes, in both languages", () => {
    const help = runCli(["rollup", "--help"], dir).stdout;
    expect(help).toMatch(/0 = 已写出汇总表，没有错误级问题/);
    expect(help).toMatch(/1 = 已写出汇总表，但有错误级问题/);
    expect(help).toMatch(/3 = 没有可汇总的数据/);
    expect(help).toMatch(/1 = roll-up written, but an error-level issue exists/);
    expect(help).toMatch(/3 = nothing to roll up/);
  });
});
