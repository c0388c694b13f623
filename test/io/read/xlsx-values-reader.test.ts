import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { realisticSubmissions } from "../../../bench/fixtures/realistic-submissions";
import { DEFAULT_READ_LIMITS } from "../../../src/io/read/read-limits";
import { parseOptions, workbookToGrids } from "../../../src/io/read/read-spreadsheet";
import { readWorkbook } from "../../../src/io/read/read-workbook";
import { readXlsxValues } from "../../../src/io/read/xlsx/read-xlsx-values";
import { checkZip } from "../../../src/io/read/zip-guard";
import { convertWithLibreOffice, writeWithSheetJS, writeXlsxExcelJS, type WriterSheet } from "../../support";

/**
 * The values-only reader against SheetJS, cell by cell: for each file, the grids built from the
 * values reader's workbook must equal those built from SheetJS's parse of the same verified bytes
 * (every cell value, the origin, merges, names, hidden flags, notes). Each file must be read by
 * the values reader itself (`ok: true`), so a silent fallback cannot make a comparison pass.
 */
function compare(bytes: Uint8Array, label: string): void {
  const check = checkZip(bytes, DEFAULT_READ_LIMITS);
  if (!check.ok || !check.inflated) throw new Error(`${label}: not a readable zip`);
  const sheet = XLSX.read(check.inflated.stored, parseOptions());
  // Worksheets are read in chunks: once as the CLI reads them, once cut into many small chunks;
  // and once more within small row and column limits, so cutting a grid is compared too.
  const small = { ...DEFAULT_READ_LIMITS, maxRows: 3, maxColumns: 2 };
  for (const [limits, chunkBytes] of [[DEFAULT_READ_LIMITS, undefined], [DEFAULT_READ_LIMITS, 97], [small, 61]] as const) {
    const theirs = workbookToGrids(sheet, limits);
    const values = readXlsxValues(check.inflated.parts, limits, { chunkBytes });
    if (!values.ok) throw new Error(`${label}: values reader left it to SheetJS (${values.why})`);
    expect({ label, chunkBytes, grids: values.grids, notes: values.notes }).toEqual({ label, chunkBytes, ...theirs });
  }
  // And every worksheet streamed (inflated as it is read), in chunks of every size from a few bytes up.
  const streamed = checkZip(bytes, DEFAULT_READ_LIMITS, undefined, undefined, 0);
  if (!streamed.ok || !streamed.streamed) throw new Error(`${label}: no worksheet streamed`);
  for (const [limits, chunkBytes, inflateStep] of [[DEFAULT_READ_LIMITS, undefined, undefined], [DEFAULT_READ_LIMITS, 97, 29], [small, 61, 3]] as const) {
    const theirs = workbookToGrids(sheet, limits);
    const values = readXlsxValues(streamed.streamed.parts, limits, { chunkBytes, inflateStep });
    if (!values.ok) throw new Error(`${label}: values reader left it to SheetJS, streamed (${values.why})`);
    expect({ label, chunkBytes, inflateStep, grids: values.grids, notes: values.notes }).toEqual({ label, chunkBytes, inflateStep, ...theirs });
  }
}

function xlsxUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name.startsWith("~$")) return []; // an Office lock file, not a workbook
    return statSync(p).isDirectory() ? xlsxUnder(p) : p.endsWith(".xlsx") ? [p] : [];
  });
}

/** A workbook with every kind of cell the reader claims: written by ExcelJS, then re-saved by others. */
async function everyKindOfCell(date1904: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  wb.addWorksheet("填报说明").addRow(["填报说明：请勿修改表头 & 合并单元格 <注意>"]);
  const ws = wb.addWorksheet("数据");
  ws.addRow(["文本", "  前后空格  ", "换行\r\n第二行", "转义_x000D_序列", "", "'引号\""]);
  ws.addRow([42, -3.5, 1e-7, 12345678901234, 0.1 + 0.2, 0]);
  ws.addRow([true, false, { error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }, { error: "#NAME?" }]);
  const dates = ws.addRow([new Date(Date.UTC(2025, 3, 1)), new Date(Date.UTC(2025, 3, 1, 8, 30, 15)), 0.5, 45000.25, 45748, 60]);
  dates.getCell(1).numFmt = "yyyy-mm-dd";
  dates.getCell(2).numFmt = "yyyy\"年\"m\"月\"d\"日\" hh:mm:ss";
  dates.getCell(3).numFmt = "h:mm:ss";
  dates.getCell(4).numFmt = "[$-804]yyyy/m/d h:mm;@";
  dates.getCell(5).numFmt = "m/d/yy";
  dates.getCell(6).numFmt = "yyyy-mm-dd";
  const padded = ws.addRow([13000, 571, 12.5, 0.25, 1234.5, 7]);
  padded.getCell(1).numFmt = "000000";
  padded.getCell(2).numFmt = "0000";
  padded.getCell(3).numFmt = "0.00";
  padded.getCell(4).numFmt = "0%";
  padded.getCell(5).numFmt = "#,##0.00\"万元\"";
  padded.getCell(6).numFmt = "@";
  ws.addRow([
    { richText: [{ text: "富", font: { bold: true } }, { text: "文本", font: { italic: true, color: { argb: "FFFF0000" } } }] },
    { formula: "A2*2", result: 84 },
    { formula: "\"学校\"&\"名称\"", result: "学校名称" },
    { formula: "1/0", result: { error: "#DIV/0!" } },
    { formula: "TRUE()", result: true },
    { formula: "A2+1" },
  ]);
  ws.addRow(["合并", null, null, "区县", null, null]);
  ws.mergeCells("A7:C7");
  ws.mergeCells("D7:D9");
  ws.getCell("H20").value = "远处的单元格";
  wb.addWorksheet("隐藏", { state: "hidden" }).addRow(["隐藏页"]);
  wb.addWorksheet("深度隐藏", { state: "veryHidden" }).addRow([1, "x"]);
  wb.addWorksheet("空白");
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const RICH_SHEETS: WriterSheet[] = [
  { name: "说明", rows: [["填报说明"], ["1. 学校名称与公章一致"]] },
  {
    name: "附件1",
    rows: [
      ["新型教学空间建设计划汇总表"],
      ["序号", "区县", "学校名称", "预算金额（万元）", "填报日期", "是否完成"],
      [1, "吴兴区", "湖州市第一中学", 12.5, new Date(Date.UTC(2025, 3, 1)), true],
      [2, null, "湖州市第二中学", { formula: "D3*2", result: 25 }, new Date(Date.UTC(2025, 3, 2, 9, 0, 0)), false],
      [3, null, "  空格  ", -0.5, "2025-04-03", null],
    ],
    merges: ["A1:F1", "B3:B5"],
  },
  { name: "隐藏", rows: [["x"]], hidden: true },
];

describe("the values-only .xlsx reader gives the grids SheetJS gives", () => {
  test("every golden .xlsx sample and example workbook", () => {
    const root = path.resolve(__dirname, "../../..");
    const files = [...xlsxUnder(path.join(root, "test", "samples")), ...xlsxUnder(path.join(root, "examples"))];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) compare(new Uint8Array(readFileSync(file)), path.relative(root, file));
  });

  test("every kind of cell, 1900 and 1904 date systems, written by ExcelJS", async () => {
    compare(await everyKindOfCell(false), "exceljs 1900");
    compare(await everyKindOfCell(true), "exceljs 1904");
  });

  test("the same workbooks re-saved by LibreOffice, and sheets written by SheetJS", async () => {
    compare(await convertWithLibreOffice(await everyKindOfCell(false), "xlsx", "xlsx"), "libreoffice 1900");
    compare(await convertWithLibreOffice(await everyKindOfCell(true), "xlsx", "xlsx"), "libreoffice 1904");
    compare(writeWithSheetJS(RICH_SHEETS, "xlsx"), "sheetjs");
    compare(await writeXlsxExcelJS(RICH_SHEETS), "exceljs rich sheets");
    compare(await convertWithLibreOffice(writeWithSheetJS(RICH_SHEETS, "ods"), "ods", "xlsx"), "libreoffice from ods");
  });

  test("a SheetJS workbook with inline strings, 1904 dates and a hidden sheet", () => {
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([["名称", "日期", "数"], ["甲", new Date(Date.UTC(2025, 0, 31)), 1.25], ["乙 & 丙", 45000, "0013"]], { cellDates: true });
    ws["B3"].z = "yyyy-mm-dd";
    XLSX.utils.book_append_sheet(wb, ws, "表");
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["藏"]]), "藏");
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }], WBProps: { date1904: true } };
    compare(XLSX.write(wb, { type: "buffer", bookType: "xlsx", bookSST: false }), "sheetjs inline strings");
    compare(XLSX.write(wb, { type: "buffer", bookType: "xlsx", bookSST: true }), "sheetjs shared strings");
  });

  test("bench-style styled workbooks from ExcelJS and LibreOffice", async () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), "smartcampus-values-"));
    const before = process.env.SMARTCAMPUS_BENCH_CACHE;
    process.env.SMARTCAMPUS_BENCH_CACHE = cache;
    try {
      const generated = await realisticSubmissions(16, 0.5, 7);
      expect(generated.byWriter.libreoffice).toBeGreaterThan(0);
      for (const file of generated.files) compare(new Uint8Array(readFileSync(file)), path.basename(file));
    } finally {
      if (before === undefined) delete process.env.SMARTCAMPUS_BENCH_CACHE;
      else process.env.SMARTCAMPUS_BENCH_CACHE = before;
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe("what the values reader does not handle goes to SheetJS", () => {
  async function variant(edit: (parts: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
    const parts = unzipSync(await everyKindOfCell(false));
    edit(parts);
    return zipSync(parts);
  }
  const replaceIn = (parts: Record<string, Uint8Array>, name: string, from: RegExp | string, to: string) => {
    parts[name] = strToU8(new TextDecoder().decode(parts[name]).replace(from, to));
  };

  test.each([
    ["strict OOXML", (p: Record<string, Uint8Array>) => replaceIn(p, "xl/workbook.xml", "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"), /namespace/],
    ["a chart sheet's relationship", (p: Record<string, Uint8Array>) => replaceIn(p, "xl/_rels/workbook.xml.rels", "relationships/worksheet\" Target=\"worksheets/sheet3.xml", "relationships/chartsheet\" Target=\"worksheets/sheet3.xml"), /not a worksheet/],
    ["cells without a reference", (p: Record<string, Uint8Array>) => replaceIn(p, "xl/worksheets/sheet2.xml", / r="[A-Z]+\d+"/g, ""), /reference/],
    ["an undeclared number format", (p: Record<string, Uint8Array>) => replaceIn(p, "xl/styles.xml", /<numFmts[\s\S]*?<\/numFmts>/, ""), /number format/],
  ])("%s", async (_name, edit, why) => {
    const bytes = await variant(edit);
    const check = checkZip(bytes, DEFAULT_READ_LIMITS);
    if (!check.ok || !check.inflated) throw new Error("not a zip");
    const values = readXlsxValues(check.inflated.parts, DEFAULT_READ_LIMITS);
    expect(values.ok).toBe(false);
    if (!values.ok) expect(values.why).toMatch(why);
    // readWorkbook still reads it, as SheetJS does.
    const read = readWorkbook(bytes, "a.xlsx");
    let expected: unknown;
    try {
      expected = { ok: true, grids: workbookToGrids(XLSX.read(check.inflated.stored, parseOptions()), DEFAULT_READ_LIMITS).grids };
    } catch {
      expected = { ok: false };
    }
    expect(read.ok ? { ok: true, grids: read.grids } : { ok: false }).toEqual(expected);
  });
});
