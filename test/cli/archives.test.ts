import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice, writeXlsxExcelJS } from "../support";
import { writeDocx } from "../support/write-docx";
import { rarBytes, sevenZipBytes, zipEncrypted, zipWithPython } from "../support/zip-archive";
import { planSheet } from "./fixtures";
import { put, runCli, tempDir } from "./run-cli";

interface JsonFile {
  path: string;
  status: string;
  error?: { code: string; params?: Record<string, string>; message: string };
}

/** 附件1 as a school's Word document: title and info line above the table, the table with a bad phone on its row 3. */
function planDocx(school: string): Promise<Uint8Array> {
  const sheet = planSheet(school, [["智慧阅读空间", 20, "沈老师", "13757290001"], ["创客空间", 30, "沈老师", "12345"]]);
  return writeDocx([{ above: sheet.rows.slice(0, 2).map((r) => String(r[0])), rows: sheet.rows.slice(2).map((r) => r.map((v) => (v === undefined ? null : (v as string | number | null)))) }]);
}

const plan = (school: string) => writeXlsxExcelJS([planSheet(school, [["人工智能学习空间", 85, "王建国", "13857201234"]])]);

async function rollupSheet(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.getWorksheet("汇总")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
  return rows;
}

describe("archives given to the CLI", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir("archives")));
  afterAll(() => cleanup());

  test("rollup of a zip with GBK names and no UTF-8 flag: read as a folder, named 归档.zip › 吴兴区/某校.xlsx in the report and the workbook", async () => {
    const zip = zipWithPython([
      { name: "吴兴区/湖州市第一中学.xlsx", bytes: await plan("湖州市第一中学"), names: "gbk" },
      { name: "吴兴区/湖州市织里中学.docx", bytes: await planDocx("湖州市织里中学"), names: "gbk" },
    ]);
    put(dir, "gbk/归档.zip", zip);
    const r = runCli(["rollup", "gbk/归档.zip", "--out", "gbk/out/汇总.xlsx", "--report", "gbk/out/report.json"], dir);
    expect(r.stderr).toBe("");
    const report = JSON.parse(readFileSync(path.join(dir, "gbk/out/report.json"), "utf8"));
    expect(report.files.map((f: JsonFile & { sheet: string }) => [f.path, f.sheet, f.status])).toEqual([
      ["gbk/归档.zip › 吴兴区/湖州市第一中学.xlsx", "Sheet1", "merged"],
      ["gbk/归档.zip › 吴兴区/湖州市织里中学.docx", "表格1", "merged"],
    ]);
    // Provenance of a Word table: the table and its own row (1-based, header rows counted).
    const phone = report.rollups[0].issues.find((i: { code: string }) => i.code === "invalid-phone");
    expect(phone).toMatchObject({ path: "gbk/归档.zip › 吴兴区/湖州市织里中学.docx", sheet: "表格1", row: 3 });
    expect(phone.message).toMatch(/^gbk\/归档\.zip › 吴兴区\/湖州市织里中学\.docx › 表格1 › 第 3 行 H 列：/);
    const rows = await rollupSheet(path.join(dir, "gbk/out/汇总.xlsx"));
    const header = rows.findIndex((row) => row.includes("来源文件"));
    const source = (school: string) => {
      const row = rows.find((x) => x.includes(school))!;
      return ["来源文件", "来源工作表", "来源行号"].map((h) => row[rows[header].indexOf(h)]);
    };
    expect(source("湖州市织里中学")).toEqual(["gbk/归档.zip › 吴兴区/湖州市织里中学.docx", "表格1", "2"]);
    expect(source("湖州市第一中学")).toEqual(["gbk/归档.zip › 吴兴区/湖州市第一中学.xlsx", "Sheet1", "4"]);
  });

  test("validate of a folder holding a UTF-8-flagged zip beside a loose file reads both", async () => {
    put(dir, "utf8/报送/德清县.zip", zipWithPython([{ name: "德清县/德清县实验学校.xlsx", bytes: await plan("德清县实验学校"), names: "utf-8" }]));
    put(dir, "utf8/报送/长兴县实验小学.xlsx", await plan("长兴县实验小学"));
    const r = runCli(["validate", "utf8/报送", "--json"], dir);
    const data = JSON.parse(r.stdout);
    expect(data.files.map((s: { path: string; status: string }) => [s.path, s.status])).toEqual([
      ["utf8/报送/德清县.zip › 德清县/德清县实验学校.xlsx", "checked"],
      ["utf8/报送/长兴县实验小学.xlsx", "checked"],
    ]);
  });

  test("detect of a zip in a zip lists the inner files one level down", async () => {
    const inner = zipWithPython([{ name: "某校.docx", bytes: await planDocx("安吉县递铺中学") }]);
    put(dir, "nested/归档.zip", zipWithPython([{ name: "安吉县.zip", bytes: inner }, { name: "一中.xlsx", bytes: await plan("湖州市第一中学") }]));
    const r = runCli(["detect", "nested/归档.zip", "--json"], dir);
    const data = JSON.parse(r.stdout);
    expect(data.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
      ["nested/归档.zip › 安吉县.zip › 某校.docx", "matched"],
      ["nested/归档.zip › 一中.xlsx", "matched"],
    ]);
    expect(data.files[0].sheets[0]).toMatchObject({ sheet: "表格1", layout: "huzhou-space-plan" });
  });

  test("an encrypted entry (zip -e) is unreadable with 解压后再汇总; the rest still rolls up", async () => {
    put(dir, "enc/归档.zip", zipEncrypted([{ name: "加密校.xlsx", bytes: await plan("加密校") }], "pw"));
    put(dir, "enc/一中.xlsx", await plan("湖州市第一中学"));
    const r = runCli(["rollup", "enc", "--out", "enc/out/汇总.xlsx", "--report", "enc/out/report.json"], dir);
    const report = JSON.parse(readFileSync(path.join(dir, "enc/out/report.json"), "utf8"));
    const failed = report.files.find((f: JsonFile) => f.path === "enc/归档.zip › 加密校.xlsx");
    expect(failed).toMatchObject({ status: "failed", error: { code: "unreadable-file", params: { reason: "archive", archive: "encrypted" } } });
    expect(failed.error.message).toBe("文件 enc/归档.zip › 加密校.xlsx：压缩包中的文件设置了解压密码，无法读取，请解压后再汇总");
    expect(report.files.find((f: JsonFile) => f.path === "enc/一中.xlsx")).toMatchObject({ status: "merged" });
    expect(r.stdout).toMatch(/解压后再汇总/);
  });

  test("a .rar renamed .zip, and a .rar in the folder, are unreadable: extract them first", () => {
    put(dir, "rar/归档.zip", rarBytes());
    put(dir, "rar/报送/吴兴区.rar", rarBytes());
    const r = runCli(["detect", "rar/归档.zip", "rar/报送", "--json"], dir);
    const data = JSON.parse(r.stdout);
    expect(data.files.map((f: JsonFile) => [f.path, f.status, f.error?.params])).toEqual([
      ["rar/归档.zip", "unreadable", { reason: "archive", archive: "rar" }],
      ["rar/报送/吴兴区.rar", "unreadable", { reason: "archive", archive: "rar" }],
    ]);
    expect(data.files[0].message).toBe("RAR 压缩包无法直接读取，请解压后再汇总");
  });

  test("a .7z is unreadable: extract it first (English too)", () => {
    put(dir, "7z/德清县.7z", sevenZipBytes());
    const r = runCli(["detect", "7z", "--json", "--lang", "en-US"], dir);
    const data = JSON.parse(r.stdout);
    expect(data.files).toHaveLength(1);
    expect(data.files[0]).toMatchObject({ path: "7z/德清县.7z", status: "unreadable", error: { params: { reason: "archive", archive: "7z" } } });
    expect(data.files[0].message).toBe("a 7z archive cannot be read directly; extract it and roll up the extracted files");
  });

  test("a real .doc (Word 97–2003, by LibreOffice) in a zip is unreadable: save it as .docx", async () => {
    const doc = await convertWithLibreOffice(await planDocx("湖州市爱山小学"), "docx", "doc:MS Word 97");
    put(dir, "doc/归档.zip", zipWithPython([{ name: "湖州市爱山小学.doc", bytes: doc }]));
    const r = runCli(["validate", "doc/归档.zip", "--json"], dir);
    const data = JSON.parse(r.stdout);
    expect(data.files).toEqual([expect.objectContaining({ path: "doc/归档.zip › 湖州市爱山小学.doc", status: "failed" })]);
    expect(data.issues[0]).toMatchObject({ code: "unreadable-file", message: "文件 doc/归档.zip › 湖州市爱山小学.doc：Word 97–2003 文档，请另存为 .docx 后重新报送" });
  });
});
