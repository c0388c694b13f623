import { inflateCheckedEntry } from "./inflate-checked-entry";
import { checkedLocalHeaders } from "./local-headers";
import type { RawInflater } from "./read-result";
import type { ReadLimits } from "./read-limits";
import { isDirectory, type LocalHeader, type ZipEntry } from "./zip-directory";
import type { ZipFailure } from "./zip-failure";

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

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/**
 * Inflates every entry into a new zip whose entries are stored. Layout: local header (30 bytes +
 * name) and data per entry, then the central directory (46 bytes + name per entry), then the
 * end record; offsets are known from the declared sizes before anything is inflated.
 * Each entry keeps the CRC-32 its central directory declares, so the copy is a valid zip for a
 * reader that checks CRCs (SheetJS 0.20.3 does not: its check is commented out). The CRC is
 * carried over, not recomputed: the inflated size is what the guard verifies.
 */
export function writeStoredCopy(bytes: Uint8Array, entries: ZipEntry[], limits: ReadLimits, inflateRaw?: RawInflater): InflatedZip | ZipFailure {
  if (entries.length > 0xffff) return { ok: false, reason: "too-large", detail: `entries=${entries.length}` };
  const locals = checkedLocalHeaders(bytes, entries);
  if (!Array.isArray(locals)) return locals;
  let size = 22;
  entries.forEach((entry, i) => {
    size += 30 + 46 + 2 * locals[i].name.length + (isDirectory(entry) ? 0 : entry.uncompressedSize);
  });
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
    const start = writeHeader(view, out, p, LOCAL_HEADER, locals[i], entry, length, 0) - length;
    p = start + length;
    if (isDirectory(entry)) {
      // A folder has no bytes; whatever its entry points at is not inflated, nor handed on.
      parts.set(entry.name, out.subarray(start, start));
      continue;
    }
    // One byte more than declared, so an overrun shows. That byte is the next header's first,
    // written over next; an overrun fails the file anyway.
    const problem = inflateCheckedEntry(entry, locals[i], out.subarray(start, p + 1), budget, inflateRaw);
    if (problem) return problem;
    parts.set(entry.name, out.subarray(start, p));
  }
  const directory = p;
  entries.forEach((entry, i) => {
    p = writeHeader(view, out, p, CENTRAL_HEADER, locals[i], entry, isDirectory(entry) ? 0 : entry.uncompressedSize, offsets[i]);
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - directory, true);
  view.setUint32(p + 16, directory, true);
  return { stored: out, parts };
}

/** Writes a stored entry's local or central header at `p`; returns where the next thing goes. */
function writeHeader(view: DataView, out: Uint8Array, p: number, signature: number, local: LocalHeader, entry: ZipEntry, size: number, offset: number): number {
  const central = signature === CENTRAL_HEADER;
  const at = central ? p + 2 : p; // a central header has "version made by" before the shared fields
  view.setUint32(p, signature, true);
  if (central) view.setUint16(p + 4, 20, true);
  view.setUint16(at + 4, 20, true); // version needed
  // flags 0, method 0 (stored)
  out.set(local.dosTime, at + 10);
  // A folder has no bytes, so its CRC is that of nothing (0), whatever its entry declared.
  view.setUint32(at + 14, isDirectory(entry) ? 0 : entry.crc32, true);
  view.setUint32(at + 18, size, true);
  view.setUint32(at + 22, size, true);
  view.setUint16(at + 26, local.name.length, true);
  // extra length 0; a central header's comment, disk and attributes 0
  if (central) view.setUint32(p + 42, offset, true);
  const name = central ? p + 46 : p + 30;
  out.set(local.name, name);
  return name + local.name.length + (central ? 0 : size);
}
