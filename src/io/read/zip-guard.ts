import { Inflate } from "fflate";
import type { ReadLimits } from "./read-limits";
import { entryData, readZipDirectory, TooManyEntriesError, ZipFormatError, type ZipEntry } from "./zip-directory";

/** What a zip holds, judged from its entry names (and the ODF `mimetype` entry). */
export type ZipKind = "xlsx" | "xlsb" | "ods" | "docx" | "pptx" | "odf-other" | "other";

export type ZipCheck =
  | { ok: true; kind: ZipKind; entries: number; uncompressedBytes: number }
  | { ok: false; reason: "corrupt" | "encrypted" | "too-large"; detail: string };

/** Compressed bytes handed to the inflater at a time: bounds what one step can inflate to. */
const STEP = 16 * 1024;

/**
 * Checks a zip before the spreadsheet parser sees it: the directory parses; entries, declared
 * sizes and ratios are within limits; no entry is encrypted; and every entry really inflates to
 * its declared size (the declared size is the attacker's to choose, so the inflate is streamed and
 * stopped as soon as it overruns). The inflated bytes are counted and discarded.
 */
export function checkZip(bytes: Uint8Array, limits: ReadLimits): ZipCheck {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, limits.maxZipEntries);
  } catch (e) {
    if (e instanceof TooManyEntriesError) return { ok: false, reason: "too-large", detail: `entries=${e.count} > ${limits.maxZipEntries}` };
    return { ok: false, reason: "corrupt", detail: (e as Error).message };
  }
  let declared = 0;
  for (const entry of entries) {
    if (entry.flags & 1) return { ok: false, reason: "encrypted", detail: entry.name };
    declared += entry.uncompressedSize;
    if (declared > limits.maxUncompressedBytes) {
      return { ok: false, reason: "too-large", detail: `uncompressed>${limits.maxUncompressedBytes}` };
    }
    if (ratioExceeded(entry.uncompressedSize, entry.compressedSize, limits)) {
      return { ok: false, reason: "too-large", detail: `ratio of ${entry.name}` };
    }
  }
  const kind = zipKind(entries, bytes);
  if (kind !== "xlsx" && kind !== "xlsb" && kind !== "ods") return { ok: true, kind, entries: entries.length, uncompressedBytes: declared };
  for (const entry of entries) {
    const problem = verifyEntry(bytes, entry, limits);
    if (problem) return problem;
  }
  return { ok: true, kind, entries: entries.length, uncompressedBytes: declared };
}

function ratioExceeded(uncompressed: number, compressed: number, limits: ReadLimits): boolean {
  return uncompressed > limits.ratioFloorBytes && uncompressed > limits.maxCompressionRatio * Math.max(compressed, 1);
}

function verifyEntry(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits): ZipCheck | undefined {
  if (entry.name.endsWith("/")) return undefined;
  let data: Uint8Array;
  try {
    data = entryData(bytes, entry);
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: (e as Error).message };
  }
  if (entry.method === 0) {
    return entry.compressedSize === entry.uncompressedSize ? undefined : { ok: false, reason: "corrupt", detail: `stored size of ${entry.name}` };
  }
  if (entry.method !== 8) return { ok: false, reason: "corrupt", detail: `compression method ${entry.method} of ${entry.name}` };
  let produced = 0;
  let overrun = false;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) {
      overrun = true;
      throw new ZipFormatError("overrun");
    }
  });
  try {
    for (let at = 0; at < data.length; at += STEP) {
      const end = Math.min(at + STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (overrun) return { ok: false, reason: "too-large", detail: `${entry.name} inflates past its declared size` };
    return { ok: false, reason: "corrupt", detail: `${entry.name}: ${(e as Error).message}` };
  }
  if (produced !== entry.uncompressedSize) return { ok: false, reason: "corrupt", detail: `${entry.name} inflates to ${produced}, declared ${entry.uncompressedSize}` };
  return undefined;
}

function zipKind(entries: ZipEntry[], bytes: Uint8Array): ZipKind {
  const names = new Set(entries.map((e) => e.name));
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype && mimetype.method === 0 && mimetype.uncompressedSize < 200) {
    try {
      const text = new TextDecoder().decode(entryData(bytes, mimetype));
      return text.trim() === "application/vnd.oasis.opendocument.spreadsheet" ? "ods" : "odf-other";
    } catch {
      return "other";
    }
  }
  // An .xlsx written by some tools names the workbook part elsewhere; [Content_Types] tells.
  if (names.has("content.xml") && names.has("META-INF/manifest.xml")) return "ods";
  for (const name of names) if (/^[^/]+\/workbook\.xml$/i.test(name)) return "xlsx";
  return "other";
}
