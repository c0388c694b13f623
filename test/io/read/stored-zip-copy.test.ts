import { readFileSync } from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import { unzipSync } from "fflate";
import { DEFAULT_READ_LIMITS } from "../../../src/io/read/read-limits";
import { checkZip } from "../../../src/io/read/zip-guard";
import { nodeInflateRaw } from "../../../src/cli/node-inflate";
import { writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { writeDocx } from "../../support/write-docx";

const SHEET = {
  name: "汇总",
  rows: [["序号", "学校名称", "联系电话", "预算金额（万元）"], [1, "湖州市第一中学", "013000", 12.5], [2, "湖州市第二中学", null, 3]],
  merges: ["A2:A3"],
};

const sample = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "../../samples", name)));

interface Header {
  name: string;
  method: number;
  crc: number;
  size: number;
}

/**
 * The stored copy's local headers walked front to back, as SheetJS reads a zip, and its central
 * directory from the end record: read here with a DataView, not with the reader under test.
 */
function headers(bytes: Uint8Array): { local: Header[]; central: Header[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at: number, length: number) => new TextDecoder().decode(bytes.subarray(at, at + length));
  const local: Header[] = [];
  let p = 0;
  while (view.getUint32(p, true) === 0x04034b50) {
    const nameLength = view.getUint16(p + 26, true);
    const size = view.getUint32(p + 18, true);
    local.push({ name: text(p + 30, nameLength), method: view.getUint16(p + 8, true), crc: view.getUint32(p + 14, true), size });
    p += 30 + nameLength + view.getUint16(p + 28, true) + size;
  }
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const central: Header[] = [];
  let q = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    expect(view.getUint32(q, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(q + 28, true);
    central.push({ name: text(q + 46, nameLength), method: view.getUint16(q + 10, true), crc: view.getUint32(q + 16, true), size: view.getUint32(q + 24, true) });
    q += 46 + nameLength + view.getUint16(q + 30, true) + view.getUint16(q + 32, true);
  }
  return { local, central };
}

describe("the zip guard's stored copy is a valid zip: fflate re-reads it, every entry's bytes and CRC-32 match", () => {
  test.each([
    ["ExcelJS .xlsx", async () => writeXlsxExcelJS([SHEET, { name: "第二", rows: [["a", 1]] }])],
    ["SheetJS .xlsx", async () => writeWithSheetJS([SHEET], "xlsx")],
    ["SheetJS .ods", async () => writeWithSheetJS([SHEET], "ods")],
    ["docx package .docx", async () => writeDocx([{ above: ["湖州市第一中学"], rows: SHEET.rows, merges: ["A2:A3"] }])],
    // Saved by LibreOffice itself: folder entries, and sizes and CRCs in data descriptors (flag bit 3).
    ["LibreOffice .ods (sample)", async () => sample("huzhou-case-summary/two-sections-libreoffice.ods")],
    ["LibreOffice .docx (sample)", async () => sample("zhejiang-pilot-summary/grouped-two-row-header-libreoffice.docx")],
  ])("%s", async (_label, write) => {
    const bytes = await write();
    const original = unzipSync(bytes);
    for (const inflateRaw of [undefined, nodeInflateRaw]) {
      const check = checkZip(bytes, DEFAULT_READ_LIMITS, inflateRaw);
      if (!check.ok || !check.inflated) throw new Error(`not inflated: ${JSON.stringify(check)}`);
      const stored = check.inflated.stored;

      // fflate reads the copy back to the same entries, byte for byte.
      const reread = unzipSync(stored);
      expect(Object.keys(reread)).toEqual(Object.keys(original));
      for (const [name, data] of Object.entries(original)) expect(Buffer.from(reread[name]).equals(Buffer.from(data))).toBe(true);

      // Both headers of every entry: stored, and the CRC-32 of the bytes it holds.
      const { local, central } = headers(stored);
      expect(local.map((h) => h.name)).toEqual(Object.keys(original));
      expect(central).toEqual(local);
      for (const header of local) {
        expect(header.method).toBe(0);
        expect([header.name, header.size, header.crc]).toEqual([header.name, original[header.name].length, crc32(original[header.name])]);
      }
    }
  });
});
