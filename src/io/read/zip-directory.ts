/** One entry of a zip's central directory, read without inflating anything. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else no spreadsheet writer uses. */
  method: number;
  /** General-purpose flags; bit 0 means the entry is encrypted. */
  flags: number;
  /** CRC-32 of the inflated bytes, as the central directory declares it (not verified here). */
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** The name's bytes as stored: an archive decodes them by the UTF-8 flag (bit 11) or as GBK. */
  rawName: Uint8Array;
  /** MS-DOS modification time and date fields (local wall-clock time of the machine that zipped). */
  dosTime: number;
  dosDate: number;
  /** The central directory's extra fields (Unicode path 0x7075, extended timestamp 0x5455 …). */
  extra: Uint8Array;
}

/** A folder's entry: no bytes of its own. */
export function isDirectory(entry: ZipEntry): boolean {
  return entry.name.endsWith("/");
}

/** General-purpose flags SheetJS refuses as encryption: bit 0 (encrypted), 6 (strong), 13 (masked directory). */
export const ENCRYPTED_FLAGS = 0x2041;
/** General-purpose flag bit 3: sizes and CRC follow the data in a descriptor; the local header's are then zero. */
export const DATA_DESCRIPTOR = 0x0008;

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads the end-of-central-directory record (zip64 too) and every central-directory entry.
 * Throws `ZipFormatError` for a truncated or malformed directory: a zip cut short loses its
 * directory first, so this is where truncation shows.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 65535; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end-of-central-directory record");
  let count = view.getUint16(eocd + 10, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || dirOffset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const at = safeNumber(view, eocd - 20 + 8);
    if (at + 56 > n || view.getUint32(at, true) !== EOCD64) throw new ZipFormatError("bad zip64 directory record");
    count = safeNumber(view, at + 32);
    dirOffset = safeNumber(view, at + 48);
  }
  if (count > maxEntries) throw new TooManyEntriesError(count);
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  const decoder = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError("central directory cut short");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const dosTime = view.getUint16(p + 12, true);
    const dosDate = view.getUint16(p + 14, true);
    const crc32 = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength + extraLength > n) throw new ZipFormatError("central directory cut short");
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = decoder.decode(rawName);
    // Zip64 extended information: the 0xFFFFFFFF fields follow in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 1) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + size) (uncompressedSize = safeNumber(view, q)), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + size) (compressedSize = safeNumber(view, q)), (q += 8);
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + size) localHeaderOffset = safeNumber(view, q);
      }
      e += 4 + size;
    }
    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, localHeaderOffset, rawName, dosTime, dosDate, extra: bytes.subarray(p + 46 + nameLength, extraEnd) });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** An entry's local header, as a parser that walks local headers (SheetJS does) sees it. */
export interface LocalHeader {
  flags: number;
  /** DOS time and date, 4 bytes. */
  dosTime: Uint8Array;
  /** The name's bytes as written in the local header. */
  name: Uint8Array;
  /** Sizes as the local header declares them (0xFFFFFFFF: in a zip64 extra field). */
  compressedSize: number;
  uncompressedSize: number;
  /** The entry's compressed bytes (`compressedSize` of the central directory, from the data start). */
  data: Uint8Array;
}

/** An entry's local header and compressed bytes. Throws `ZipFormatError` when either lies outside the file. */
export function localHeader(bytes: Uint8Array, entry: ZipEntry): LocalHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL) throw new ZipFormatError(`local header of ${entry.name} missing`);
  const nameLength = view.getUint16(p + 26, true);
  const start = p + 30 + nameLength + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`${entry.name} cut short`);
  return {
    flags: view.getUint16(p + 6, true),
    dosTime: bytes.subarray(p + 10, p + 14),
    name: bytes.subarray(p + 30, p + 30 + nameLength),
    compressedSize: view.getUint32(p + 18, true),
    uncompressedSize: view.getUint32(p + 22, true),
    data: bytes.subarray(start, end),
  };
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return localHeader(bytes, entry).data;
}

export class TooManyEntriesError extends Error {
  constructor(readonly count: number) {
    super(`zip holds ${count} entries`);
  }
}

function safeNumber(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("zip64 size out of range");
  return Number(value);
}
