import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { problemLines } from "../../src/core/feedback/problem-list";
import { columnLetter } from "../../src/core/messages/column-letter";
import type { LocatedIssue } from "../../src/core/model/issue";
import type { ReportIssue } from "../../src/core/rollup/report";
import { SEVERITY_FILL } from "../../src/core/presentation/severity-fill";
import { convertWithLibreOffice, readGrids } from "../support";
import { runCli, tempDir } from "./run-cli";

/*
 * The demo folder (examples/) rolled up with --feedback: one copy per school with an issue, each read
 * back with ExcelJS and after LibreOffice headless re-saved it; the sources untouched.
 */

const EXAMPLES = path.resolve(__dirname, "..", "..", "examples");

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

interface FeedbackEntry {
  path: string;
  school: string;
  copy: string | null;
  issues: number;
  message: string;
}

describe("npm run demo with --feedback out/退回", () => {
  const { dir, cleanup } = tempDir("feedback-demo");
  let report: { rollups: Array<{ issues: ReportIssue[] }>; files: Array<{ path: string; status: string }>; feedback: { files: FeedbackEntry[]; missing: Array<{ name: string }> } };
  let before: Map<string, string>;
  let stdout = "";

  beforeAll(() => {
    cpSync(EXAMPLES, path.join(dir, "examples"), { recursive: true });
    before = new Map(allFiles(path.join(dir, "examples")).map((f) => [f, digest(f)]));
    const r = runCli(["rollup", "examples", "--out", "out/汇总.xlsx", "--report", "out/report.json", "--roster", "examples/roster.csv", "--feedback", "out/退回"], dir);
    expect(r.stderr).toBe("");
    // Written, with error-level issues among them: exit 1.
    expect(r.code).toBe(1);
    stdout = r.stdout;
    report = JSON.parse(readFileSync(path.join(dir, "out", "report.json"), "utf8"));
  });
  afterAll(() => cleanup());

  /** The issues of one submitted file in the report, as the copy must list them. */
  const reportIssuesOf = (file: string): ReportIssue[] =>
    report.rollups.flatMap((r) => r.issues).filter((i) => i.path === file && i.code !== "superseded-file" && i.code !== "not-submitted");

  test("one copy per school with an issue, none for the others; the sources are byte-identical", () => {
    const withIssues = [...new Set(report.rollups.flatMap((r) => r.issues).filter((i) => i.path?.startsWith("examples/") && i.code !== "not-submitted").map((i) => i.path!))];
    expect(withIssues.length).toBeGreaterThan(3);
    expect(new Set(report.feedback.files.map((f) => f.path))).toEqual(new Set(withIssues));
    const written = readdirSync(path.join(dir, "out", "退回")).sort();
    expect(written).toEqual([...report.feedback.files.map((f) => path.basename(f.copy!)), "退回说明.txt"].sort());
    expect(written.every((name) => name === "退回说明.txt" || /^退回_.+\.xlsx$/.test(name))).toBe(true);
    // A school whose file has no issue gets nothing.
    expect(written).not.toContain("退回_湖州市第一中学.xlsx");
    // The roster's non-submitters: a line in the summary, no file.
    expect(report.feedback.missing.map((m) => m.name)).toEqual(["湖州市潘公桥小学", "湖州市环渚学校"]);
    expect(stdout).toContain("未报送 2 所（不生成退回文件）：湖州市潘公桥小学、湖州市环渚学校");
    const after = new Map(allFiles(path.join(dir, "examples")).map((f) => [f, digest(f)]));
    expect(after).toEqual(before);
  });

  test("each copy, read by ExcelJS: original values unchanged, problem cells filled and noted, 问题说明 first and listing exactly the report's issues", async () => {
    for (const entry of report.feedback.files) {
      const source = path.join(dir, entry.path);
      const copyBytes = new Uint8Array(readFileSync(path.join(dir, entry.copy!)));
      const issues = reportIssuesOf(entry.path);
      expect({ file: entry.path, count: entry.issues }).toEqual({ file: entry.path, count: issues.length });

      // Values: every sheet of the source, as the reader sees it, is in the copy unchanged.
      const original = readGrids(new Uint8Array(readFileSync(source)), path.basename(source));
      const copied = readGrids(copyBytes, "copy.xlsx");
      expect(copied[0].name).toBe("问题说明");
      for (const grid of original) {
        const same = copied.find((g) => g.name === grid.name);
        expect({ file: entry.path, sheet: grid.name, rows: same?.rows }).toEqual({ file: entry.path, sheet: grid.name, rows: grid.rows });
      }

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(copyBytes as unknown as ArrayBuffer);
      expect(workbook.worksheets[0].name).toBe("问题说明");
      for (const found of issues.filter((i) => i.row !== null && i.column !== null)) {
        const cell = workbook.getWorksheet(found.sheet!)!.getCell(found.row!, found.column!);
        expect({ file: entry.path, cell: cell.address, fill: (cell.fill as ExcelJS.FillPattern).fgColor?.argb }).toEqual({
          file: entry.path,
          cell: cell.address,
          fill: `FF${SEVERITY_FILL[found.severity].slice(1)}`,
        });
        expect(String(cell.note)).toContain(found.message.split("：").pop()!);
      }
      // 问题说明 lists exactly these issues: sheet, cell, field, problem, severity.
      const listed = readGrids(copyBytes, "copy.xlsx")[0].rows.slice(2).map((r) => r.slice(1, 5));
      const expected = problemLines(issues.map(asIssue)).map((l) => [l.sheet, l.cell, l.field || null, l.problem]);
      expect({ file: entry.path, listed }).toEqual({ file: entry.path, listed: expected });
      // A cell for an issue of one cell, the row for an issue of a row (a name not on the roster).
      expect(issues.map((i) => (i.row === null ? "" : i.column !== null ? `${columnLetter(i.column)}${i.row}` : `第 ${i.row} 行`))).toEqual(expected.map((e) => e[1]));
    }
  });

  test("each copy, opened and re-saved by LibreOffice headless: the same values, fills and notes", async () => {
    for (const entry of report.feedback.files) {
      const copyBytes = new Uint8Array(readFileSync(path.join(dir, entry.copy!)));
      const resaved = await convertWithLibreOffice(copyBytes, "xlsx", "xlsx");
      expect(readGrids(resaved, "lo.xlsx").map((g) => [g.name, g.rows])).toEqual(readGrids(copyBytes, "copy.xlsx").map((g) => [g.name, g.rows]));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(resaved as unknown as ArrayBuffer);
      for (const found of reportIssuesOf(entry.path).filter((i) => i.row !== null && i.column !== null)) {
        const cell = workbook.getWorksheet(found.sheet!)!.getCell(found.row!, found.column!);
        expect({ file: entry.path, cell: cell.address, fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb }).toEqual({
          file: entry.path,
          cell: cell.address,
          fill: `FF${SEVERITY_FILL[found.severity].slice(1)}`,
        });
        expect(noteText(cell.note)).toContain(found.message.split("：").pop()!);
      }
    }
  }, 180_000);

  test("退回说明.txt holds every school's message, each at most 500 characters, then who sent nothing", () => {
    const text = readFileSync(path.join(dir, "out", "退回", "退回说明.txt"), "utf8");
    for (const entry of report.feedback.files) {
      expect(entry.message.length).toBeLessThanOrEqual(500);
      expect(text).toContain(entry.message);
      expect(entry.message.startsWith(`${entry.school}：`)).toBe(true);
    }
    expect(text.trimEnd().endsWith("- 湖州市潘公桥小学（吴兴区）\n- 湖州市环渚学校（吴兴区）")).toBe(true);
    expect(statSync(path.join(dir, "out", "汇总.huzhou-space-plan.xlsx")).size).toBeGreaterThan(0);
  });
});

/** An issue of the JSON report as the engine's issue again (the report keeps code and params apart, so the pairing is the report's word). */
function asIssue(i: ReportIssue): LocatedIssue {
  return {
    code: i.code,
    severity: i.severity,
    ...(i.path !== null ? { path: i.path } : {}),
    ...(i.sheet !== null ? { sheet: i.sheet } : {}),
    ...(i.row !== null ? { row: i.row } : {}),
    ...(i.column !== null ? { column: i.column } : {}),
    ...(i.field !== null ? { field: i.field } : {}),
    ...(i.value !== undefined ? { value: i.value } : {}),
    ...(i.params ? { params: i.params } : {}),
  } as LocatedIssue;
}

function noteText(note: ExcelJS.Cell["note"]): string {
  if (!note) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}
