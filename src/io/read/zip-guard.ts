import { Inflate, inflateSync } from "fflate";
import type { RawInflater, ZipBudget } from "./read-result";
import type { ReadLimits } from "./read-limits";
import { entryData, localHeader, readZipDirectory, TooManyEntriesError, ZipFormatError, type LocalHeader, type ZipEntry } from "./zip-directory";

/** What a zip holds, judged from its entry names (and the ODF `mimetype` entry). */
export type ZipKind = "xlsx" | "xlsb" | "ods" | "docx" | "pptx" | "odf-other" | "other";

/** A spreadsheet zip with every entry inflated (and verified), re-packed without compression. */
export interface InflatedZip {
  /**
   * The same entries, in the same order, with the same names, stored (method 0): what the
   * spreadsheet parser is handed, so it does not inflate a second time.
   */
  stored: Uint8Array;
  /** Inflated bytes of each entry by its directory name (views into `stored`). */
  parts: Map<string, Uint8Array>;
}

export type ZipCheck =
  | { ok: true; kind: ZipKind; entries: number; uncompressedBytes: number; inflated?: InflatedZip }
  | { ok: false; reason: "corrupt" | "encrypted" | "too-large"; detail: string };

/** Compressed bytes handed to the streaming inflater at a time: bounds what one step can inflate to. */
const STEP = 16 * 1024;

/**
 * Deflate's ceiling: one compressed byte inflates to at most 1032 bytes (a 258-byte match per two
 * bits, the shortest codes a block can assign). So `DEFLATE_MAX_RATIO × compressed size` bounds
 * what any stream, honest or not, can produce.
 */
export const DEFLATE_MAX_RATIO = 1032;

/** General-purpose flags SheetJS refuses as encryption: bit 0 (encrypted), 6 (strong), 13 (masked directory). */
export const ENCRYPTED_FLAGS = 0x2041;
/** Bit 3: sizes follow the data in a descriptor; the local header's are then zero. */
const DATA_DESCRIPTOR = 0x0008;

/**
 * Checks a zip before the spreadsheet parser sees it: the directory parses; entries, declared
 * sizes and ratios are within limits; no entry is encrypted; and every entry really inflates to
 * its declared size (the declared size is the sender's to choose, so it is verified, not trusted).
 *
 * For a spreadsheet (xlsx, xlsb, ods) or a Word document (docx) the verified bytes are kept: each entry is inflated once,
 * straight into a stored (uncompressed) copy of the zip, `inflated.stored`, which is what the
 * parser reads. The parser then only copies, never inflates, so nothing it reads was not checked.
 */
export function checkZip(bytes: Uint8Array, given: ReadLimits, inflateRaw?: RawInflater, budget?: ZipBudget): ZipCheck {
  // A file inside an archive shares the archive's caps: what is left of them once the archive's own entries were counted.
  const limits = budget ? { ...given, maxZipEntries: Math.min(given.maxZipEntries, budget.entries), maxUncompressedBytes: Math.min(given.maxUncompressedBytes, budget.bytes) } : given;
  const checked = checkZipWithin(bytes, limits, inflateRaw);
  if (checked.ok && budget) {
    budget.entries -= checked.entries;
    budget.bytes -= checked.uncompressedBytes;
  }
  return checked;
}

function checkZipWithin(bytes: Uint8Array, limits: ReadLimits, inflateRaw?: RawInflater): ZipCheck {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, limits.maxZipEntries);
  } catch (e) {
    if (e instanceof TooManyEntriesError) return { ok: false, reason: "too-large", detail: `entries=${e.count} > ${limits.maxZipEntries}` };
    return { ok: false, reason: "corrupt", detail: (e as Error).message };
  }
  let declared = 0;
  for (const entry of entries) {
    if (entry.flags & ENCRYPTED_FLAGS) return { ok: false, reason: "encrypted", detail: entry.name };
    declared += entry.uncompressedSize;
    if (declared > limits.maxUncompressedBytes) {
      return { ok: false, reason: "too-large", detail: `uncompressed>${limits.maxUncompressedBytes}` };
    }
    if (ratioExceeded(entry.uncompressedSize, entry.compressedSize, limits)) {
      return { ok: false, reason: "too-large", detail: `ratio of ${entry.name}` };
    }
  }
  const kind = zipKind(entries, bytes);
  if (kind !== "xlsx" && kind !== "xlsb" && kind !== "ods" && kind !== "docx") return { ok: true, kind, entries: entries.length, uncompressedBytes: declared };
  const inflated = inflateToStored(bytes, entries, limits, inflateRaw);
  if ("ok" in inflated) return inflated;
  return { ok: true, kind, entries: entries.length, uncompressedBytes: declared, inflated };
}

export function ratioExceeded(uncompressed: number, compressed: number, limits: ReadLimits): boolean {
  return uncompressed > limits.ratioFloorBytes && uncompressed > limits.maxCompressionRatio * Math.max(compressed, 1);
}

function isDirectory(entry: ZipEntry): boolean {
  return entry.name.endsWith("/");
}

export type Failure = Extract<ZipCheck, { ok: false }>;

/**
 * Inflates every entry into a new zip whose entries are stored. Layout: local header (30 bytes +
 * name) and data per entry, then the central directory (46 bytes + name per entry), then the
 * end record; offsets are known from the declared sizes before anything is inflated.
 * The CRC fields are left 0: SheetJS 0.20.3 does not check them (its check is commented out).
 */
function inflateToStored(bytes: Uint8Array, entries: ZipEntry[], limits: ReadLimits, inflateRaw?: RawInflater): InflatedZip | Failure {
  if (entries.length > 0xffff) return { ok: false, reason: "too-large", detail: `entries=${entries.length}` };
  const locals: LocalHeader[] = [];
  let size = 22;
  for (const entry of entries) {
    let local: LocalHeader;
    try {
      local = localHeader(bytes, entry);
    } catch (e) {
      return { ok: false, reason: "corrupt", detail: (e as Error).message };
    }
    // The parser reads local headers: they must not hide what the directory showed (nor, below, its sizes).
    if (local.flags & ENCRYPTED_FLAGS) return { ok: false, reason: "encrypted", detail: entry.name };
    locals.push(local);
    size += 30 + 46 + 2 * local.name.length + (isDirectory(entry) ? 0 : entry.uncompressedSize);
  }
  if (size > 0xffffffff) return { ok: false, reason: "too-large", detail: `uncompressed=${size}` };

  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const parts = new Map<string, Uint8Array>();
  const offsets: number[] = [];
  // What inflating in one call may cost at worst, in all (see inflateEntry).
  const budget = { bytes: limits.maxUncompressedBytes };
  let p = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const length = isDirectory(entry) ? 0 : entry.uncompressedSize;
    offsets.push(p);
    const start = writeHeader(view, out, p, LOCAL_HEADER, locals[i], length, 0) - length;
    p = start + length;
    if (isDirectory(entry)) {
      // A folder has no bytes; whatever its entry points at is not inflated, nor handed on.
      parts.set(entry.name, out.subarray(start, start));
      continue;
    }
    // One byte more than declared, so an overrun shows. That byte is the next header's first,
    // written over next; an overrun fails the file anyway.
    const problem = inflateEntry(entry, locals[i].data, out.subarray(start, p + 1), budget, inflateRaw);
    if (problem) return problem;
    // Checked after inflating, so a size lie that is a bomb is reported as one.
    if (!(locals[i].flags & DATA_DESCRIPTOR) && !sizesAgree(locals[i], entry)) {
      return { ok: false, reason: "corrupt", detail: `sizes of ${entry.name} differ between local header and directory` };
    }
    parts.set(entry.name, out.subarray(start, p));
  }
  const directory = p;
  entries.forEach((entry, i) => {
    p = writeHeader(view, out, p, CENTRAL_HEADER, locals[i], isDirectory(entry) ? 0 : entry.uncompressedSize, offsets[i]);
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - directory, true);
  view.setUint32(p + 16, directory, true);
  return { stored: out, parts };
}

function sizesAgree(local: LocalHeader, entry: ZipEntry): boolean {
  return (
    (local.compressedSize === 0xffffffff || local.compressedSize === entry.compressedSize) &&
    (local.uncompressedSize === 0xffffffff || local.uncompressedSize === entry.uncompressedSize)
  );
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/** Writes a stored entry's local or central header at `p`; returns where the next thing goes. */
function writeHeader(view: DataView, out: Uint8Array, p: number, signature: number, local: LocalHeader, size: number, offset: number): number {
  const central = signature === CENTRAL_HEADER;
  const at = central ? p + 2 : p; // a central header has "version made by" before the shared fields
  view.setUint32(p, signature, true);
  if (central) view.setUint16(p + 4, 20, true);
  view.setUint16(at + 4, 20, true); // version needed
  // flags 0, method 0 (stored)
  out.set(local.dosTime, at + 10);
  // CRC 0
  view.setUint32(at + 18, size, true);
  view.setUint32(at + 22, size, true);
  view.setUint16(at + 26, local.name.length, true);
  // extra length 0; a central header's comment, disk and attributes 0
  if (central) view.setUint32(p + 42, offset, true);
  const name = central ? p + 46 : p + 30;
  out.set(local.name, name);
  return name + local.name.length + (central ? 0 : size);
}

/**
 * Inflates one entry into `target` (its declared size + 1 byte) and checks it fills exactly the
 * declared size.
 *
 * Two ways, the same checks:
 * - In one call (fflate `inflateSync` into `target`), the fast way for the many small parts of a
 *   workbook. It cannot stop early: bytes past `target` are dropped, but a lying stream is still
 *   inflated to its end, at most `DEFLATE_MAX_RATIO × compressed size` bytes. So an entry is
 *   inflated this way only while that worst case, summed over such entries, stays within the
 *   inflated-size cap: no file makes this do more work than an honest workbook at the cap.
 * - Streaming, 16 KB of compressed bytes at a time, stopped as soon as the output passes the
 *   declared size: every other entry (a large sheet).
 * With a native inflater (`inflateRaw`, Node's zlib in the CLI) every entry is inflated by it with
 * its output capped at the declared size + 1: zlib itself stops there, so no budget is needed.
 */
export function inflateEntry(entry: ZipEntry, data: Uint8Array, target: Uint8Array, budget: { bytes: number }, inflateRaw?: RawInflater): Failure | undefined {
  const declared = entry.uncompressedSize;
  if (entry.method === 0) {
    if (entry.compressedSize !== declared) return { ok: false, reason: "corrupt", detail: `stored size of ${entry.name}` };
    target.set(data);
    return undefined;
  }
  if (entry.method !== 8) return { ok: false, reason: "corrupt", detail: `compression method ${entry.method} of ${entry.name}` };
  const overrun: Failure = { ok: false, reason: "too-large", detail: `${entry.name} inflates past its declared size` };
  let produced = 0;
  const worst = DEFLATE_MAX_RATIO * data.length;
  if (data.length === 0) {
    produced = 0;
  } else if (inflateRaw) {
    let inflated: Uint8Array;
    try {
      inflated = inflateRaw(data, declared + 1);
    } catch (e) {
      if (e instanceof RangeError) return overrun;
      return { ok: false, reason: "corrupt", detail: `${entry.name}: ${(e as Error).message}` };
    }
    if (inflated.length > declared) return overrun;
    target.set(inflated);
    produced = inflated.length;
  } else if (worst <= budget.bytes) {
    budget.bytes -= worst;
    try {
      produced = inflateSync(data, { out: target }).length;
    } catch (e) {
      // A stored block that does not fit is refused by the typed array itself.
      if (e instanceof RangeError) return overrun;
      return { ok: false, reason: "corrupt", detail: `${entry.name}: ${(e as Error).message}` };
    }
    if (produced > declared) return overrun;
  } else {
    let over = false;
    const inflater = new Inflate((chunk) => {
      if (produced + chunk.length > declared) {
        over = true;
        throw new ZipFormatError("overrun");
      }
      target.set(chunk, produced);
      produced += chunk.length;
    });
    try {
      for (let at = 0; at < data.length; at += STEP) {
        const end = Math.min(at + STEP, data.length);
        inflater.push(data.subarray(at, end), end === data.length);
      }
    } catch (e) {
      if (over) return overrun;
      return { ok: false, reason: "corrupt", detail: `${entry.name}: ${(e as Error).message}` };
    }
  }
  if (produced !== declared) return { ok: false, reason: "corrupt", detail: `${entry.name} inflates to ${produced}, declared ${declared}` };
  return undefined;
}

export function zipKind(entries: ZipEntry[], bytes: Uint8Array): ZipKind {
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
