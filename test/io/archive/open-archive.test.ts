import { strToU8, zipSync } from "fflate";
import { openArchive, type ArchiveListing } from "../../../src/io/archive";
import { readWorkbook } from "../../../src/io/read";
import { writeXlsxExcelJS } from "../../support";
import { writeDocx } from "../../support/write-docx";
import { rarBytes, sevenZipBytes, zipEncrypted, zipWithPython } from "../../support/zip-archive";

const SHEET = { name: "附件1", rows: [["学校名称", "联系电话"], ["湖州市第一中学", "13912345678"]] };

function listed(listing: ArchiveListing) {
  if (!listing.ok) throw new Error(listing.failure.message.en);
  return listing;
}

function readEntry(listing: ArchiveListing, path: string) {
  const entry = listed(listing).entries.find((e) => e.path === path);
  if (!entry) throw new Error(`no ${path} in ${listed(listing).entries.map((e) => e.path).join(", ")}`);
  const taken = entry.bytes();
  return taken.ok ? readWorkbook(taken.bytes, entry.fileName, { budget: listed(listing).budget }) : taken.failure;
}

describe("openArchive", () => {
  test("GBK names without the UTF-8 flag (Python's zipfile, as Windows and 360压缩 write them) are decoded, with their times", async () => {
    const xlsx = await writeXlsxExcelJS([SHEET]);
    const zip = zipWithPython([
      { name: "吴兴区/湖州市第一中学.xlsx", bytes: xlsx, names: "gbk", time: [2025, 4, 1, 8, 30, 0] },
      { name: "南浔区/练市中学汇总表.xlsx", bytes: xlsx, names: "gbk", time: [2025, 4, 2, 17, 5, 10] },
    ]);
    // The names are stored as GBK bytes with flag bit 11 clear.
    expect(Buffer.from(zip).includes(Buffer.from("吴兴区", "utf8"))).toBe(false);
    expect(Buffer.from(zip).includes(Buffer.from([0xce, 0xe2, 0xd0, 0xcb, 0xc7, 0xf8]))).toBe(true);
    expect(new DataView(zip.buffer, zip.byteOffset).getUint16(6, true) & 0x800).toBe(0);
    const listing = listed(openArchive(zip, "归档.zip"));
    expect(listing.entries.map((e) => [e.path, e.fileName])).toEqual([
      ["归档.zip › 吴兴区/湖州市第一中学.xlsx", "湖州市第一中学.xlsx"],
      ["归档.zip › 南浔区/练市中学汇总表.xlsx", "练市中学汇总表.xlsx"],
    ]);
    expect(listing.entries.map((e) => e.modified.getTime())).toEqual([new Date(2025, 3, 1, 8, 30, 0).getTime(), new Date(2025, 3, 2, 17, 5, 10).getTime()]);
    const read = readEntry(listing, "归档.zip › 吴兴区/湖州市第一中学.xlsx");
    expect("ok" in read && read.ok && read.grids[0].rows[1]).toEqual(["湖州市第一中学", "13912345678"]);
  });

  test("UTF-8 names with the flag are read as UTF-8", async () => {
    const zip = zipWithPython([{ name: "德清县/德清县实验学校.docx", bytes: await writeDocx([{ rows: [["学校名称"], ["德清县实验学校"]] }]), names: "utf-8" }]);
    const listing = listed(openArchive(zip, "报送/归档.zip"));
    expect(listing.entries.map((e) => e.path)).toEqual(["报送/归档.zip › 德清县/德清县实验学校.docx"]);
    const read = readEntry(listing, "报送/归档.zip › 德清县/德清县实验学校.docx");
    expect("ok" in read && read.ok && read.format).toBe("docx");
  });

  test("a zip in the zip is opened, one level; a third level is named and refused", async () => {
    const xlsx = await writeXlsxExcelJS([SHEET]);
    const deepest = zipWithPython([{ name: "深.xlsx", bytes: xlsx }]);
    const inner = zipWithPython([{ name: "某校.xlsx", bytes: xlsx }, { name: "更深.zip", bytes: deepest }]);
    const zip = zipWithPython([{ name: "吴兴区.zip", bytes: inner }, { name: "说明.txt", bytes: strToU8("请查收") }]);
    const listing = listed(openArchive(zip, "归档.zip"));
    expect(listing.entries.map((e) => e.path)).toEqual(["归档.zip › 吴兴区.zip › 某校.xlsx", "归档.zip › 吴兴区.zip › 更深.zip"]);
    expect(listing.skipped).toEqual([{ path: "归档.zip › 说明.txt", reason: "not-spreadsheet" }]);
    expect("ok" in readEntry(listing, "归档.zip › 吴兴区.zip › 某校.xlsx") && (readEntry(listing, "归档.zip › 吴兴区.zip › 某校.xlsx") as { ok: boolean }).ok).toBe(true);
    const deep = readEntry(listing, "归档.zip › 吴兴区.zip › 更深.zip");
    expect(deep).toMatchObject({ ok: false, reason: "archive", issue: { code: "unreadable-file", params: { reason: "archive", archive: "nested" } } });
  });

  test("an encrypted entry (zip -e) fails alone with 解压后再汇总; the others are read", async () => {
    const xlsx = await writeXlsxExcelJS([SHEET]);
    const zip = zipEncrypted([{ name: "加密.xlsx", bytes: xlsx }], "123456");
    const listing = listed(openArchive(zip, "归档.zip"));
    const read = readEntry(listing, "归档.zip › 加密.xlsx");
    expect(read).toMatchObject({ ok: false, reason: "archive", issue: { params: { reason: "archive", archive: "encrypted" } } });
    expect(!("grids" in read) && read.message.zh).toBe("文件“加密.xlsx”在压缩包中设置了解压密码，无法读取，请解压后再汇总。");
  });

  test("a .rar or .7z named .zip is refused as a whole: extract it first", () => {
    expect(openArchive(rarBytes(), "归档.zip")).toMatchObject({ ok: false, failure: { reason: "archive", issue: { params: { archive: "rar" } } } });
    expect(openArchive(sevenZipBytes(), "归档.zip")).toMatchObject({ ok: false, failure: { reason: "archive", issue: { params: { archive: "7z" } } } });
    expect(openArchive(strToU8("not a zip"), "归档.zip")).toMatchObject({ ok: false, failure: { reason: "corrupt" } });
  });

  test("the caps count the whole archive: entries of every level and bytes inflated from the files inside", async () => {
    const xlsx = await writeXlsxExcelJS([SHEET]);
    const inner = zipWithPython(Array.from({ length: 6 }, (_, i) => ({ name: `校${i}.xlsx`, bytes: xlsx })));
    const zip = zipWithPython([{ name: "a.zip", bytes: inner }, { name: "b.zip", bytes: inner }]);
    // 2 + 12 entries in the archive, against a cap of 10: the second inner zip passes it and fails alone.
    const capped = listed(openArchive(zip, "归档.zip", { limits: { maxZipEntries: 10 } }));
    expect(capped.entries.filter((e) => e.path.startsWith("归档.zip › a.zip › "))).toHaveLength(6);
    expect(capped.entries.find((e) => e.path === "归档.zip › b.zip")?.bytes()).toMatchObject({ ok: false, failure: { reason: "too-large" } });
    expect(openArchive(zip, "归档.zip", { limits: { maxZipEntries: 1 } })).toMatchObject({ ok: false, failure: { reason: "too-large" } });
    // Every workbook holds ~10 parts: with 40 entries allowed the archive opens, but its workbooks' parts exhaust the rest.
    const listing = listed(openArchive(zip, "归档.zip", { limits: { maxZipEntries: 40 } }));
    const results = listing.entries.map((e) => {
      const taken = e.bytes();
      return taken.ok ? readWorkbook(taken.bytes, e.fileName, { budget: listing.budget }) : taken.failure;
    });
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toContain("too-large");
  });

  test("a bomb inside the archive is stopped at its declared size", () => {
    const honest = zipSync({ "炸弹.csv": new Uint8Array(5_000_000) }, { level: 9 });
    // Declared 1,000 bytes, inflates to 5 MB.
    const view = new DataView(honest.buffer);
    const p = honest.length - 22;
    const directory = view.getUint32(p + 16, true);
    view.setUint32(directory + 24, 1000, true);
    view.setUint32(22, 1000, true);
    const listing = listed(openArchive(honest, "归档.zip"));
    expect(listing.entries[0].bytes()).toMatchObject({ ok: false, failure: { reason: "too-large" } });
  });
});
