import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { readWorkbook } from "../../../src/io/read/read-workbook";
import type { ReadResult } from "../../../src/io/read/read-result";
import { convertWithLibreOffice, encryptWithLibreOffice, writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../../support";

const SHEET = { name: "汇总", rows: [["学校名称", "联系电话"], ["湖州市第一中学", "13912345678"]] };

function failureOf(result: ReadResult): [string, string] | "ok" {
  if (result.ok) return "ok";
  expect(result.issue).toMatchObject({ code: "unreadable-file", severity: "error", params: { reason: result.reason } });
  expect(result.message.zh.length).toBeGreaterThan(0);
  expect(result.message.en.length).toBeGreaterThan(0);
  return [result.reason, result.issue.code];
}

/** Deterministic pseudo-random bytes (xorshift), so the test is the same every run. */
function randomBytes(n: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A minimal but valid .xlsx package whose sheet XML is given, zipped by fflate. */
function xlsxWithSheetXml(sheetXml: string | Uint8Array, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    "xl/workbook.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet1.xml": typeof sheetXml === "string" ? strToU8(sheetXml) : sheetXml,
    ...extra,
  });
}

const SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = "</sheetData></worksheet>";

describe("files that cannot be read fail alone, with a reason", () => {
  test("a zero-byte file and a white-space CSV are empty", () => {
    expect(failureOf(readWorkbook(new Uint8Array(0), "a.xlsx"))).toEqual(["empty", "unreadable-file"]);
    expect(failureOf(readWorkbook(new TextEncoder().encode(" \r\n\r\n"), "a.csv"))).toEqual(["empty", "unreadable-file"]);
  });

  test("random bytes are not a spreadsheet, whatever the name", () => {
    for (const name of ["a.xlsx", "a.xls", "a.csv", "a"]) {
      expect(failureOf(readWorkbook(randomBytes(20_000), name))).toEqual(["not-spreadsheet", "unreadable-file"]);
    }
  });

  test("a truncated .xlsx is corrupt, at every cut", async () => {
    const bytes = await writeXlsxExcelJS([SHEET]);
    for (const cut of [4, 30, Math.floor(bytes.length / 2), bytes.length - 30, bytes.length - 1]) {
      expect(failureOf(readWorkbook(bytes.subarray(0, cut), "cut.xlsx"))).toEqual(["corrupt", "unreadable-file"]);
    }
  });

  test("a truncated .xls is corrupt", () => {
    const bytes = writeWithSheetJS([SHEET], "xls");
    expect(failureOf(readWorkbook(bytes.subarray(0, 1000), "cut.xls"))).toEqual(["corrupt", "unreadable-file"]);
  });

  test("flipped bytes inside a sheet's deflate stream are corrupt, not an exception", async () => {
    const bytes = (await writeXlsxExcelJS([SHEET])).slice();
    for (let i = 200; i < 260; i++) bytes[i] ^= 0x5a;
    const result = readWorkbook(bytes, "flipped.xlsx");
    expect(result.ok).toBe(false);
  });

  test("a .docx renamed .xlsx is read as Word by its content; a .doc renamed .xls is a Word 97–2003 document", () => {
    // Laid out as Word writes the packages; the Word golden samples cover the writers.
    const docx = zipSync({
      "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      "word/document.xml": strToU8('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>通知</w:t></w:r></w:p></w:body></w:document>'),
    });
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "WordDocument", randomBytes(2048));
    XLSX.CFB.utils.cfb_add(cfb, "1Table", randomBytes(1024));
    const doc = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
    const read = readWorkbook(docx, "汇总表.xlsx");
    expect(read.ok && read.format).toBe("docx");
    expect(read.ok && read.notes?.map((n) => n.code)).toEqual(["extension-mismatch"]);
    expect(read.ok && read.grids.map((g) => [g.name, g.kind, g.rows])).toEqual([["正文", "word-text", [["通知"]]]]);
    expect(failureOf(readWorkbook(doc, "汇总表.xls"))).toEqual(["word-97", "unreadable-file"]);
  });

  test("a PDF is not a spreadsheet", async () => {
    const pdf = await convertWithLibreOffice(writeWithSheetJS([SHEET], "xlsx"), "xlsx", "pdf");
    expect(failureOf(readWorkbook(pdf, "汇总表.xlsx"))).toEqual(["not-spreadsheet", "unreadable-file"]);
  });

  test("an .xls saved with a password by LibreOffice is encrypted (BIFF FILEPASS)", async () => {
    const source = writeWithSheetJS([SHEET], "xlsx");
    const xls = await encryptWithLibreOffice(source, "xlsx", "MS Excel 97", "secret");
    expect(failureOf(readWorkbook(xls, "密码.xls"))).toEqual(["encrypted", "unreadable-file"]);
  });

  test("an encrypted OOXML package (CFB with EncryptionInfo + EncryptedPackage) is encrypted", () => {
    // The container Excel and WPS write for "Encrypt with password", built with SheetJS's CFB writer.
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...strToU8('<?xml version="1.0"?><encryption/>')]));
    XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", randomBytes(4096));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
    expect(failureOf(readWorkbook(bytes, "密码.xlsx"))).toEqual(["encrypted", "unreadable-file"]);
  });

  test("a zip entry with the encryption flag is encrypted", () => {
    const bytes = xlsxWithSheetXml(SHEET_OPEN + SHEET_CLOSE).slice();
    // Set bit 0 of the general-purpose flags in every central-directory header.
    const view = new DataView(bytes.buffer);
    for (let p = 0; p + 4 < bytes.length; p++) if (view.getUint32(p, true) === 0x02014b50) bytes[p + 8] |= 1;
    expect(failureOf(readWorkbook(bytes, "zip.xlsx"))).toEqual(["encrypted", "unreadable-file"]);
  });
});

describe("zip bombs and runaway sizes are stopped before the parser", () => {
  test("an entry that inflates 1000:1 is too large", () => {
    const padding = "<!--" + " ".repeat(8 * 1024 * 1024) + "-->";
    const bytes = xlsxWithSheetXml(SHEET_OPEN + padding + SHEET_CLOSE);
    expect(bytes.length).toBeLessThan(100_000);
    expect(failureOf(readWorkbook(bytes, "bomb.xlsx"))).toEqual(["too-large", "unreadable-file"]);
  });

  test("an entry whose declared size is a lie is caught while inflating", () => {
    const sheet = SHEET_OPEN + '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' + "<!--" + "abc".repeat(200_000) + "-->" + SHEET_CLOSE;
    const bytes = xlsxWithSheetXml(sheet).slice();
    const view = new DataView(bytes.buffer);
    // Declare the sheet (the largest entry) as 100 bytes in its central-directory header.
    for (let p = 0; p + 46 < bytes.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(p + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
      if (name === "xl/worksheets/sheet1.xml") view.setUint32(p + 24, 100, true);
    }
    expect(failureOf(readWorkbook(bytes, "lie.xlsx"))).toEqual(["too-large", "unreadable-file"]);
  });

  test("limits are configurable: entries, inflated size, file size", async () => {
    const bytes = await writeXlsxExcelJS([SHEET]);
    expect(failureOf(readWorkbook(bytes, "a.xlsx", { limits: { maxZipEntries: 3 } }))).toEqual(["too-large", "unreadable-file"]);
    expect(failureOf(readWorkbook(bytes, "a.xlsx", { limits: { maxUncompressedBytes: 1000 } }))).toEqual(["too-large", "unreadable-file"]);
    expect(failureOf(readWorkbook(bytes, "a.xlsx", { limits: { maxFileBytes: 100 } }))).toEqual(["too-large", "unreadable-file"]);
    expect(readWorkbook(bytes, "a.xlsx").ok).toBe(true);
  });
});

describe("declared ranges and row caps", () => {
  test("a lone cell at XFD1048576 gives a one-cell grid at its origin", async () => {
    // ExcelJS cannot be given a 1,048,576-row array; the cell is written by address.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("far").getCell("XFD1048576").value = "远";
    const far = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = readWorkbook(far, "far.xlsx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.grids[0]).toEqual({ name: "far", hidden: false, rows: [["远"]], merges: [], origin: { row: 1048575, column: 16383 } });
  });

  test("a declared dimension of A1:XFD1048576 around three cells is ignored", () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>' +
      '<row r="2"><c r="B2" t="inlineStr"><is><t>学校名称</t></is></c><c r="C2" t="inlineStr"><is><t>区县</t></is></c></row>' +
      '<row r="3"><c r="B3" t="inlineStr"><is><t>一中</t></is></c></row>' +
      SHEET_CLOSE;
    const result = readWorkbook(xlsxWithSheetXml(sheet), "dim.xlsx");
    expect(result.ok && result.grids[0]).toEqual({ name: "S", hidden: false, rows: [["学校名称", "区县"], ["一中"]], merges: [], origin: { row: 1, column: 1 } });
  });

  test.each(["xlsx", "xls", "ods"] as const)("a %s sheet over the row cap is truncated and noted", (bookType) => {
    const rows = [["学校名称"], ...Array.from({ length: 60 }, (_, i) => [`学校${i + 1}`])];
    const result = readWorkbook(writeWithSheetJS([{ name: "多", rows }, { name: "少", rows: [["a"]] }], bookType), `many.${bookType}`, { limits: { maxRows: 50 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.grids[0].rows).toHaveLength(50);
    expect(result.grids[0].rows[49]).toEqual(["学校49"]);
    expect(result.grids[1].rows).toEqual([["a"]]);
    expect(result.grids[0].origin).toEqual({ row: 0, column: 0 });
    expect(result.notes?.map((n) => [n.code, n.sheet, n.params?.limit])).toEqual([["rows-truncated", "多", 50]]);
    expect(result.notes?.[0].message.zh).toContain("50");
  });

  test("the row cap counts from the first row holding data", async () => {
    const rows = [...Array.from({ length: 100 }, () => []), ["学校名称"], ...Array.from({ length: 30 }, (_, i) => [`学校${i + 1}`])];
    const result = readWorkbook(await writeXlsxExcelJS([{ name: "下", rows }]), "down.xlsx", { limits: { maxRows: 31 } });
    expect(result.ok && result.grids[0].origin).toEqual({ row: 100, column: 0 });
    expect(result.ok && result.grids[0].rows.length).toBe(31);
    expect(result.ok && result.notes).toBeUndefined();
  });

  test("a sheet of exactly the row cap is not noted", () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`学校${i + 1}`]);
    const result = readWorkbook(writeWithSheetJS([{ name: "s", rows }], "xlsx"), "s.xlsx", { limits: { maxRows: 50 } });
    expect(result.ok && result.grids[0].rows.length).toBe(50);
    expect(result.ok && result.notes).toBeUndefined();
  });

  test("a CSV over the row cap is truncated and noted", () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`学校${i + 1}`, "1"]);
    const result = readWorkbook(writeCsv(rows, "utf-8"), "多.csv", { limits: { maxRows: 10 } });
    expect(result.ok && result.grids[0].rows.length).toBe(10);
    expect(result.ok && result.notes?.map((n) => n.code)).toEqual(["rows-truncated"]);
  });

  test("columns beyond the cap are dropped and noted", () => {
    const row = Array.from({ length: 40 }, (_, i) => `c${i}`);
    const result = readWorkbook(writeWithSheetJS([{ name: "宽", rows: [row] }], "xlsx"), "w.xlsx", { limits: { maxColumns: 30 } });
    expect(result.ok && result.grids[0].rows[0]).toEqual(row.slice(0, 30));
    expect(result.ok && result.notes?.map((n) => n.code)).toEqual(["columns-truncated"]);
  });
});

describe("the format comes from the bytes", () => {
  test("a CSV named .xls is read as CSV and the mismatch is noted", () => {
    const result = readWorkbook(writeCsv([["学校名称"], ["一中"]], "gbk"), "汇总表.xls");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([result.format, result.encoding]).toEqual(["csv", "gb18030"]);
    expect(result.notes?.map((n) => [n.code, n.params?.extension, n.params?.format])).toEqual([["extension-mismatch", "xls", "csv"]]);
  });

  test("an .xls named .xlsx is read as xls and noted", () => {
    const result = readWorkbook(writeWithSheetJS([SHEET], "xls"), "汇总表.xlsx");
    expect(result.ok && [result.format, result.notes?.[0].code]).toEqual(["xls", "extension-mismatch"]);
  });

  test("an HTML table saved as .xls (what many systems export) is read, text kept", () => {
    const html = "<html><body><table><tr><td>学校名称</td><td>邮编</td></tr><tr><td>一中</td><td>013000</td></tr></table></body></html>";
    const result = readWorkbook(new TextEncoder().encode(html), "导出.xls");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe("html");
    expect(result.grids[0].rows).toEqual([["学校名称", "邮编"], ["一中", "013000"]]);
  });

  test("SheetJS's CSV reader makes formulas and numbers unless `raw: true`; ours keeps text", () => {
    const text = "学校名称,邮编,备注\n一中,013000,=1+1\n";
    const plain = XLSX.read(text, { type: "string" }).Sheets.Sheet1;
    expect([plain.B2.v, plain.C2.f]).toEqual([13000, "1+1"]);
    const raw = XLSX.read(text, { type: "string", raw: true }).Sheets.Sheet1;
    expect([raw.B2.v, raw.C2.f]).toEqual(["013000", undefined]);
    const result = readWorkbook(new TextEncoder().encode(text), "a.csv");
    expect(result.ok && result.grids[0].rows[1]).toEqual(["一中", "013000", "=1+1"]);
  });
});
