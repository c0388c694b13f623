import { readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { strToU8, zipSync } from "fflate";
import { DEFAULT_READ_LIMITS } from "../../../src/io/read/read-limits";
import { parseOptions, workbookToGrids } from "../../../src/io/read/read-spreadsheet";
import { readWorkbook } from "../../../src/io/read/read-workbook";
import { isSheetJsNoise, quietly } from "../../../src/io/read/sheetjs-console";
import { checkZip, DEFLATE_MAX_RATIO } from "../../../src/io/read/zip-guard";
import { readZipDirectory } from "../../../src/io/read/zip-directory";
import { nodeInflateRaw } from "../../../src/cli/node-inflate";
import { writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { LOCAL_HEADER, patchSize } from "../../support/zip-headers";

const SHEET = {
  name: "汇总",
  rows: [["序号", "学校名称", "联系电话", "预算金额（万元）"], [1, "湖州市第一中学", "013000", 12.5], [2, "湖州市第二中学", null, 3]],
  merges: ["A2:A3"],
};


/** A minimal .xlsx package around `sheetXml`, zipped by fflate (deflate). */
function xlsxWithSheet(sheetXml: Uint8Array): Uint8Array {
  const text = (s: string) => strToU8(s);
  return zipSync({
    "[Content_Types].xml": text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    "_rels/.rels": text('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": text('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": text('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    "xl/worksheets/sheet1.xml": sheetXml,
  });
}

/** The grids SheetJS gives for the original bytes, as the reader would build them. */
function gridsOfOriginal(bytes: Uint8Array) {
  return workbookToGrids(XLSX.read(bytes, parseOptions()), DEFAULT_READ_LIMITS).grids;
}

describe("the zip guard inflates once and hands SheetJS a stored copy", () => {
  test.each([
    ["ExcelJS .xlsx", async () => writeXlsxExcelJS([SHEET, { name: "第二", rows: [["a", 1]] }])],
    ["SheetJS .xlsx", async () => writeWithSheetJS([SHEET, { name: "第二", rows: [["a", 1]] }], "xlsx")],
    ["SheetJS .ods", async () => writeWithSheetJS([SHEET, { name: "第二", rows: [["a", 1]] }], "ods")],
    ["LibreOffice .ods (examples)", async () => new Uint8Array(readFileSync(path.join(__dirname, "../../../examples/吴兴区八里店中学.ods")))],
  ])("%s reads exactly as SheetJS reads the original", async (_label, write) => {
    const bytes = await write();
    const check = checkZip(bytes, DEFAULT_READ_LIMITS);
    expect(check.ok && check.inflated).toBeTruthy();
    if (!check.ok || !check.inflated) return;
    // Every entry is stored, in the same order, with its declared size.
    const original = readZipDirectory(bytes, 10_000);
    const stored = readZipDirectory(check.inflated.stored, 10_000);
    expect(stored.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual(original.map((e) => [e.name, 0, e.name.endsWith("/") ? 0 : e.uncompressedSize]));
    const result = quietly(() => readWorkbook(bytes, "a.xlsx"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = quietly(() => gridsOfOriginal(bytes));
    expect(result.grids.map((g) => ({ ...g, hidden: false }))).toEqual(expected.map((g) => ({ ...g, hidden: false })));
  });

  test("with Node's native inflater (the CLI's), every file reads to the same grids as with the JavaScript one", async () => {
    const files = [
      await writeXlsxExcelJS([SHEET, { name: "第二", rows: [["a", 1]] }]),
      writeWithSheetJS([SHEET], "xlsx"),
      new Uint8Array(readFileSync(path.join(__dirname, "../../../examples/吴兴区八里店中学.ods"))),
    ];
    for (const bytes of files) {
      const js = quietly(() => readWorkbook(bytes, "a.xlsx"));
      const native = quietly(() => readWorkbook(bytes, "a.xlsx", { inflateRaw: nodeInflateRaw }));
      expect(js.ok).toBe(true);
      expect(native).toEqual(js);
    }
  });

  test("a sheet part inflates once, into the stored copy, to the very bytes of the original", () => {
    const xml = strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>学校名称</t></is></c></row></sheetData></worksheet>');
    const check = checkZip(xlsxWithSheet(xml), DEFAULT_READ_LIMITS);
    expect(check.ok && check.inflated?.parts.get("xl/worksheets/sheet1.xml")).toEqual(xml);
  });
});

describe("a lying directory is still caught, whichever way an entry is inflated", () => {
  // 32 MiB of one byte: ~32 KB deflated, a 1000:1 stream. Built once (zipping it takes a second).
  const bomb = new Uint8Array(32 * 2 ** 20).fill(0x20);
  let built: { bytes: Uint8Array; compressed: number } | undefined;
  function lyingBomb(): { bytes: Uint8Array; compressed: number } {
    if (!built) {
      const bytes = xlsxWithSheet(bomb);
      // The directory and the local header both claim the sheet is 100 bytes: the ratio check sees nothing.
      patchSize(bytes, "xl/worksheets/sheet1.xml", "central", "uncompressed", 100);
      patchSize(bytes, "xl/worksheets/sheet1.xml", "local", "uncompressed", 100);
      const compressed = readZipDirectory(bytes, 100).find((e) => e.name === "xl/worksheets/sheet1.xml")!.compressedSize;
      built = { bytes, compressed };
    }
    return { bytes: built.bytes.slice(), compressed: built.compressed };
  }

  test("the bomb is what it claims to be: over 200:1, declared small", () => {
    const { compressed } = lyingBomb();
    expect(bomb.length / compressed).toBeGreaterThan(200);
    expect(DEFLATE_MAX_RATIO * compressed).toBeLessThan(DEFAULT_READ_LIMITS.maxUncompressedBytes / 2);
  });

  test("inflated in one call (its worst case fits the cap): refused as too large", () => {
    expect(readWorkbook(lyingBomb().bytes, "bomb.xlsx")).toMatchObject({ ok: false, reason: "too-large" });
  });

  test("streamed (its worst case passes a lower cap): refused as too large", () => {
    const { bytes, compressed } = lyingBomb();
    const limits = { maxUncompressedBytes: DEFLATE_MAX_RATIO * compressed - 1 };
    expect(readWorkbook(bytes, "bomb.xlsx", { limits })).toMatchObject({ ok: false, reason: "too-large" });
  });

  test("with Node's native inflater: the bomb is refused as too large, zlib stopped at the declared size", () => {
    let largest = 0;
    const watched = (data: Uint8Array, maxOutput: number) => {
      largest = Math.max(largest, maxOutput);
      return nodeInflateRaw(data, maxOutput);
    };
    expect(readWorkbook(lyingBomb().bytes, "bomb.xlsx", { inflateRaw: watched })).toMatchObject({ ok: false, reason: "too-large" });
    // No entry was allowed to inflate past what its directory declared (+1 byte to see the overrun).
    expect(largest).toBeLessThan(100_000);
  });

  test("an entry that inflates to less than declared is corrupt, both ways", () => {
    const bytes = xlsxWithSheet(strToU8("<worksheet/>".repeat(5000))).slice();
    patchSize(bytes, "xl/worksheets/sheet1.xml", "central", "uncompressed", 70_000);
    patchSize(bytes, "xl/worksheets/sheet1.xml", "local", "uncompressed", 70_000);
    expect(readWorkbook(bytes, "short.xlsx")).toMatchObject({ ok: false, reason: "corrupt" });
    expect(readWorkbook(bytes, "short.xlsx", { limits: { maxUncompressedBytes: 1_000_000 } })).toMatchObject({ ok: false, reason: "corrupt" });
    expect(readWorkbook(bytes, "short.xlsx", { inflateRaw: nodeInflateRaw })).toMatchObject({ ok: false, reason: "corrupt" });
  });

  test("a local header whose sizes differ from the directory's is corrupt (as SheetJS itself would say)", async () => {
    const bytes = (await writeXlsxExcelJS([SHEET])).slice();
    const sheet = readZipDirectory(bytes, 100).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    patchSize(bytes, "xl/worksheets/sheet1.xml", "local", "uncompressed", sheet.uncompressedSize + 1);
    expect(readWorkbook(bytes, "sizes.xlsx")).toMatchObject({ ok: false, reason: "corrupt" });
  });

  test("an encryption flag in a local header only is still encrypted", () => {
    const bytes = xlsxWithSheet(strToU8("<worksheet/>")).slice();
    const view = new DataView(bytes.buffer);
    for (let p = 0; p + 4 < bytes.length; p++) if (view.getUint32(p, true) === LOCAL_HEADER) bytes[p + 6] |= 1;
    expect(readWorkbook(bytes, "enc.xlsx")).toMatchObject({ ok: false, reason: "encrypted" });
  });
});

describe("SheetJS's ODS number-format lines are kept off the terminal", () => {
  test("reading LibreOffice's .ods prints nothing; its values are read", () => {
    const bytes = new Uint8Array(readFileSync(path.join(__dirname, "../../../examples/吴兴区八里店中学.ods")));
    const printed: unknown[][] = [];
    const spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void printed.push(args));
    try {
      // SheetJS itself prints them for this file.
      XLSX.read(bytes, parseOptions());
      expect(printed.some(isSheetJsNoise)).toBe(true);
      printed.length = 0;
      const result = readWorkbook(bytes, "a.ods");
      expect(result.ok && result.grids[0].rows.length).toBeGreaterThan(1);
      expect(printed).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  test("any other line still reaches console.error, and console.error is restored, even after a throw", () => {
    const printed: unknown[][] = [];
    const spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void printed.push(args));
    try {
      const installed = console.error;
      expect(() =>
        quietly(() => {
          console.error("ODS number format may be incorrect: value()<0");
          console.error("Bad uncompressed size: 1 != 2");
          throw new Error("parse failed");
        }),
      ).toThrow("parse failed");
      expect(printed).toEqual([["Bad uncompressed size: 1 != 2"]]);
      expect(console.error).toBe(installed);
    } finally {
      spy.mockRestore();
    }
  });
});
