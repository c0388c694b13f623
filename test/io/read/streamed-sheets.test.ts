import * as XLSX from "@e965/xlsx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { nodeInflateRaw } from "../../../src/cli/node-inflate";
import { DEFAULT_READ_LIMITS } from "../../../src/io/read/read-limits";
import type { ReadResult } from "../../../src/io/read/read-result";
import { parseOptions, workbookToGrids } from "../../../src/io/read/read-spreadsheet";
import { readWorkbook } from "../../../src/io/read/read-workbook";
import { StreamedPart } from "../../../src/io/read/streamed-part";
import { STREAMED_SHEET_BYTES } from "../../../src/io/read/streamed-zip";
import { readXlsxValues } from "../../../src/io/read/xlsx/read-xlsx-values";
import { readZipDirectory } from "../../../src/io/read/zip-directory";
import { checkZip } from "../../../src/io/read/zip-guard";
import { writeXlsxExcelJS, type WriterCell, type WriterSheet } from "../../support";
import { patchSize } from "../../support/zip-headers";

const SHEET_PART = "xl/worksheets/sheet1.xml";
const DISTRICTS = ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县"];

/** A 报送 sheet of `rows` schools: text, numbers, phone numbers as text, dates, booleans, formulas, gaps, a merged title. */
function schoolsSheet(rows: number): WriterSheet {
  const out: WriterCell[][] = [["新型教学空间建设计划汇总表"], ["序号", "区县", "学校名称", "联系电话", "预算金额（万元）", "填报日期", "是否完成", "合计"]];
  for (let i = 1; i <= rows; i++) {
    out.push([
      i,
      DISTRICTS[i % DISTRICTS.length],
      `湖州市第${i}中学 & <分校>`,
      i % 7 === 0 ? null : `0572-${2000000 + i}`,
      i * 1.25,
      new Date(Date.UTC(2025, i % 12, 1 + (i % 28))),
      i % 3 === 0,
      i % 11 === 0 ? { formula: `E${i + 2}*2`, result: i * 2.5 } : null,
    ]);
  }
  return { name: "附件1", rows: out, merges: ["A1:H1"] };
}

let workbook: Uint8Array | undefined;
/** An ExcelJS workbook whose first sheet is a few MB of XML, with a small and a hidden sheet beside it. Built once. */
async function bigWorkbook(): Promise<Uint8Array> {
  workbook ??= await writeXlsxExcelJS([schoolsSheet(12_000), { name: "说明", rows: [["填报说明"]] }, { name: "隐藏", rows: [["x", 1]], hidden: true }]);
  return workbook.slice();
}


/** The same workbook, its sheet part declaring `declared` bytes in the directory and the local header. */
function declaring(bytes: Uint8Array, declared: number, entry = SHEET_PART): Uint8Array {
  patchSize(bytes, entry, "central", "uncompressed", declared);
  patchSize(bytes, entry, "local", "uncompressed", declared);
  return bytes;
}

function sizeOf(bytes: Uint8Array, entry = SHEET_PART): number {
  return readZipDirectory(bytes, 100).find((e) => e.name === entry)!.uncompressedSize;
}

/** What the guard said of the file before large sheets were streamed: every entry inflated up front. */
function verdictInflatingEverything(bytes: Uint8Array) {
  const check = checkZip(bytes, DEFAULT_READ_LIMITS);
  return check.ok ? { ok: true } : { ok: false, reason: check.reason, detail: check.detail };
}

/** What readWorkbook said; the message shown is built from the reason and, for `too-large`, the detail. */
function verdict(result: ReadResult) {
  return result.ok ? { ok: true } : { ok: false, reason: result.reason, detail: result.detail };
}

describe("a large worksheet is inflated as the values reader reads it", () => {
  test("the guard checks it but does not inflate it, and builds no stored copy", async () => {
    const bytes = await bigWorkbook();
    expect(sizeOf(bytes)).toBeGreaterThan(3 * STREAMED_SHEET_BYTES);
    const check = checkZip(bytes, DEFAULT_READ_LIMITS, undefined, undefined, STREAMED_SHEET_BYTES);
    if (!check.ok || !check.streamed) throw new Error("not streamed");
    expect(check.inflated).toBeUndefined();
    const sheet = check.streamed.parts.get(SHEET_PART);
    expect(sheet).toBeInstanceOf(StreamedPart);
    // The small parts are inflated (and verified) as before, the other sheets among them.
    for (const name of ["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet2.xml"]) {
      expect([name, check.streamed.parts.get(name) instanceof Uint8Array]).toEqual([name, true]);
    }
    // Inflated, it comes in chunks far smaller than the sheet.
    let largest = 0;
    let total = 0;
    for (const chunk of (sheet as StreamedPart).chunks()) {
      largest = Math.max(largest, chunk.length);
      total += chunk.length;
    }
    expect(total).toBe(sizeOf(bytes));
    expect(largest).toBeLessThan(STREAMED_SHEET_BYTES);
  });

  test("read through the stream, it equals SheetJS's reading of the file, cell by cell, in chunks of every size", async () => {
    const bytes = await bigWorkbook();
    const sheet = XLSX.read(bytes, parseOptions());
    const check = checkZip(bytes, DEFAULT_READ_LIMITS, undefined, undefined, STREAMED_SHEET_BYTES);
    if (!check.ok || !check.streamed) throw new Error("not streamed");
    const small = { ...DEFAULT_READ_LIMITS, maxRows: 5_000, maxColumns: 3 };
    for (const [limits, chunkBytes, inflateStep] of [[DEFAULT_READ_LIMITS, undefined, undefined], [DEFAULT_READ_LIMITS, 997, 61], [small, 4093, 1024]] as const) {
      const values = readXlsxValues(check.streamed.parts, limits, { chunkBytes, inflateStep });
      if (!values.ok) throw new Error(`left to SheetJS: ${values.why}`);
      expect({ chunkBytes, inflateStep, grids: values.grids, notes: values.notes }).toEqual({ chunkBytes, inflateStep, ...workbookToGrids(sheet, limits) });
    }
    // readWorkbook streams it, with the JavaScript inflater and with the CLI's.
    const expected = workbookToGrids(sheet, DEFAULT_READ_LIMITS).grids;
    expect(expected[0].rows.length).toBe(12_002);
    for (const options of [{}, { inflateRaw: nodeInflateRaw }]) {
      const read = readWorkbook(bytes, "big.xlsx", options);
      expect(read.ok && read.grids).toEqual(expected);
    }
  });

  test("a workbook the values reader leaves to SheetJS is read from the stored copy, built then", async () => {
    const parts = unzipSync(await bigWorkbook());
    // A chart sheet's relationship: the values reader does not read the file.
    const rels = new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"]);
    parts["xl/_rels/workbook.xml.rels"] = strToU8(rels.replace("relationships/worksheet\" Target=\"worksheets/sheet3.xml", "relationships/chartsheet\" Target=\"worksheets/sheet3.xml"));
    const bytes = zipSync(parts);
    const check = checkZip(bytes, DEFAULT_READ_LIMITS, undefined, undefined, STREAMED_SHEET_BYTES);
    if (!check.ok || !check.streamed) throw new Error("not streamed");
    expect(readXlsxValues(check.streamed.parts, DEFAULT_READ_LIMITS)).toMatchObject({ ok: false, why: expect.stringMatching(/not a worksheet/) });
    const read = readWorkbook(bytes, "big.xlsx");
    expect(read.ok && read.grids).toEqual(workbookToGrids(XLSX.read(bytes, parseOptions()), DEFAULT_READ_LIMITS).grids);
    // Left to SheetJS, a lying sheet is still refused: the stored copy verifies it.
    expect(verdict(readWorkbook(declaring(bytes.slice(), sizeOf(bytes) - 1000), "big.xlsx"))).toMatchObject({ ok: false, reason: "too-large" });
  });
});

describe("a streamed worksheet that lies is refused as when every entry was inflated up front", () => {
  test("declared smaller than it inflates: too large, stopped at the declared size", async () => {
    const bytes = declaring(await bigWorkbook(), sizeOf(await bigWorkbook()) - 1000);
    const before = verdictInflatingEverything(bytes);
    expect(before).toEqual({ ok: false, reason: "too-large", detail: `${SHEET_PART} inflates past its declared size` });
    expect(verdict(readWorkbook(bytes, "lie.xlsx"))).toEqual(before);
    expect(verdict(readWorkbook(bytes, "lie.xlsx", { inflateRaw: nodeInflateRaw }))).toEqual(before);
  });

  test("declared larger than it inflates: corrupt", async () => {
    const real = sizeOf(await bigWorkbook());
    const bytes = declaring(await bigWorkbook(), real + 1000);
    const before = verdictInflatingEverything(bytes);
    expect(before).toEqual({ ok: false, reason: "corrupt", detail: `${SHEET_PART} inflates to ${real}, declared ${real + 1000}` });
    expect(verdict(readWorkbook(bytes, "lie.xlsx"))).toEqual(before);
    expect(verdict(readWorkbook(bytes, "lie.xlsx", { inflateRaw: nodeInflateRaw }))).toMatchObject({ ok: false, reason: "corrupt" });
  });

  test("a corrupt deflate stream: corrupt", async () => {
    const bytes = await bigWorkbook();
    const entry = readZipDirectory(bytes, 100).find((e) => e.name === SHEET_PART)!;
    // Overwrite compressed bytes in the middle of the sheet's data with a run of 0xff.
    const middle = entry.localHeaderOffset + 30 + SHEET_PART.length + Math.floor(entry.compressedSize / 2);
    bytes.fill(0xff, middle, middle + 64);
    const before = verdictInflatingEverything(bytes);
    expect(before).toMatchObject({ ok: false, reason: "corrupt" });
    expect(verdict(readWorkbook(bytes, "bad.xlsx"))).toEqual(before);
    expect(verdict(readWorkbook(bytes, "bad.xlsx", { inflateRaw: nodeInflateRaw }))).toMatchObject({ ok: false, reason: "corrupt" });
  });

  test("a lying worksheet no sheet names is still inflated to its end, and refused", async () => {
    const parts = unzipSync(await bigWorkbook());
    parts["xl/worksheets/sheet9.xml"] = parts[SHEET_PART];
    const bytes = declaring(zipSync(parts), sizeOf(await bigWorkbook()) - 1000, "xl/worksheets/sheet9.xml");
    const before = verdictInflatingEverything(bytes);
    expect(before).toEqual({ ok: false, reason: "too-large", detail: "xl/worksheets/sheet9.xml inflates past its declared size" });
    expect(verdict(readWorkbook(bytes, "lie.xlsx"))).toEqual(before);
  });

  test("a local header whose sizes differ from the directory's: the guard inflates that sheet up front, and it is corrupt", async () => {
    const bytes = await bigWorkbook();
    patchSize(bytes, SHEET_PART, "local", "uncompressed", sizeOf(bytes) + 1);
    const check = checkZip(bytes, DEFAULT_READ_LIMITS, undefined, undefined, STREAMED_SHEET_BYTES);
    expect(check).toEqual({ ok: false, reason: "corrupt", detail: `sizes of ${SHEET_PART} differ between local header and directory` });
    expect(verdict(readWorkbook(bytes, "sizes.xlsx"))).toEqual(verdictInflatingEverything(bytes));
  });
});

