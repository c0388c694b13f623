import { DEFAULT_READ_LIMITS, type ReadLimits } from "../read/read-limits";
import type { RawInflater, ReadFailure, ZipBudget } from "../read/read-result";
import { readFailure } from "../read/read-workbook";
import { sniffContainer } from "../read/sniff-container";
import { ENCRYPTED_FLAGS, localHeader, readZipDirectory, TooManyEntriesError, type ZipEntry } from "../read/zip-directory";
import { inflateEntry } from "../read/inflate-zip-entry";
import { ratioExceeded } from "../read/zip-caps";
import { zipKind } from "../read/zip-kind";
import { entryModified } from "./entry-time";
import { entryName } from "./entry-name";
import { baseName, isArchiveName, nameSkipReason, type NameSkipReason } from "./submission-names";

/** What separates an archive from the path inside it in every report: `归档.zip › 吴兴区/某校.xlsx`. */
export const ARCHIVE_PATH_SEPARATOR = " › ";

/** Taking one file out of an archive: its bytes, or why it cannot be read. */
export type EntryBytes = { ok: true; bytes: Uint8Array } | { ok: false; failure: ReadFailure };

/** A file in an archive, read as if it were in a folder. */
export interface ArchiveEntry {
  /** As reports show it: `归档.zip › 吴兴区/某校.xlsx` (`归档.zip › 吴兴区.zip › 某校.xlsx` one level down). */
  path: string;
  /** The file's own name (`某校.xlsx`), for the reader's extension check and a form's school name. */
  fileName: string;
  /** Its modification time as the archive records it (a school's newest file wins). */
  modified: Date;
  /** Declared size in bytes. */
  size: number;
  /** Inflates the entry (once, checked against its declared size and the archive's caps). */
  bytes(): EntryBytes;
}

/** A name in the archive that is not read, and why (as in a folder). */
export interface ArchiveSkip {
  path: string;
  reason: NameSkipReason;
}

export type ArchiveListing =
  | {
      ok: true;
      entries: ArchiveEntry[];
      skipped: ArchiveSkip[];
      /** What is left of the caps, to hand to `readWorkbook` for each entry's own zip (an .xlsx, a .docx). */
      budget: ZipBudget;
    }
  | { ok: false; failure: ReadFailure };

export interface ArchiveOptions {
  limits?: Partial<ReadLimits>;
  inflateRaw?: RawInflater;
}

/**
 * Opens a .zip of submissions (bytes in, named entries out): the spreadsheets and Word documents in
 * it, in any folder, are listed as if they were in a folder, named `<archive> › <path inside>`,
 * with their modification times; names without the UTF-8 flag are decoded as GBK when they are not
 * UTF-8. A zip inside the zip is opened too, one level; deeper ones, encrypted entries and archives
 * of other kinds are listed and fail with a reason that says to extract them first.
 *
 * The zip guard's caps count the whole archive: entries of every level, and bytes inflated from it
 * and from the files in it (`budget`), so a nested bomb is stopped like a flat one. Entries are
 * inflated one at a time when read, once each. Never throws.
 */
export function openArchive(bytes: Uint8Array, archivePath: string, options: ArchiveOptions = {}): ArchiveListing {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const budget: ZipBudget = { entries: limits.maxZipEntries, bytes: limits.maxUncompressedBytes };
  const archiveName = baseName(archivePath);
  if (bytes.length > limits.maxFileBytes) return { ok: false, failure: readFailure("too-large", archiveName, { limit: `${limits.maxFileBytes} bytes` }) };
  const entries: ArchiveEntry[] = [];
  const skipped: ArchiveSkip[] = [];
  const top = listLevel(bytes, archivePath, archiveName, limits, budget, options.inflateRaw, 0, entries, skipped);
  if (top) return { ok: false, failure: top };
  return { ok: true, entries, skipped, budget };
}

/** Lists one archive's entries into `entries`/`skipped`; returns a failure of the archive as a whole. */
function listLevel(
  bytes: Uint8Array, prefix: string, archiveName: string, limits: ReadLimits, budget: ZipBudget, inflateRaw: RawInflater | undefined,
  level: number, entries: ArchiveEntry[], skipped: ArchiveSkip[],
): ReadFailure | undefined {
  if (sniffContainer(bytes) !== "zip") {
    const container = sniffContainer(bytes);
    if (container === "rar" || container === "7z") return readFailure("archive", archiveName, { archive: container });
    return readFailure("corrupt", archiveName, {}, "not a zip archive");
  }
  let directory: ZipEntry[];
  try {
    directory = readZipDirectory(bytes, budget.entries);
  } catch (e) {
    if (e instanceof TooManyEntriesError) return readFailure("too-large", archiveName, { limit: `${limits.maxZipEntries} entries` }, `entries=${e.count}`);
    return readFailure("corrupt", archiveName, {}, (e as Error).message);
  }
  // A workbook or Word document named .zip is a document, not a folder.
  const kind = zipKind(directory, bytes);
  if (kind !== "other") return readFailure("corrupt", archiveName, {}, `a ${kind} package, not an archive`);
  budget.entries -= directory.length;
  let declared = 0;
  for (const entry of directory) {
    declared += entry.uncompressedSize;
    if (declared > budget.bytes) return readFailure("too-large", archiveName, { limit: `${limits.maxUncompressedBytes} bytes` }, "declared sizes");
    if (ratioExceeded(entry.uncompressedSize, entry.compressedSize, limits)) return readFailure("too-large", archiveName, { limit: `ratio ${limits.maxCompressionRatio}` }, `ratio of ${entry.name}`);
  }
  for (const entry of directory) {
    const inside = entryName(entry).replace(/\\/g, "/");
    if (inside.endsWith("/")) continue;
    const path = `${prefix}${ARCHIVE_PATH_SEPARATOR}${inside}`;
    const reason = nameSkipReason(inside);
    if (reason) {
      skipped.push({ path, reason });
      continue;
    }
    const fileName = baseName(inside);
    const take = (): EntryBytes => takeOut(bytes, entry, fileName, budget, inflateRaw);
    if (isArchiveName(inside)) {
      const nested = level === 0 && !(entry.flags & ENCRYPTED_FLAGS) ? take() : undefined;
      const failure = !nested
        ? readFailure("archive", fileName, { archive: entry.flags & ENCRYPTED_FLAGS ? "encrypted" : "nested" })
        : !nested.ok
          ? nested.failure
          : listLevel(nested.bytes, path, fileName, limits, budget, inflateRaw, level + 1, entries, skipped);
      if (failure) entries.push({ path, fileName, modified: entryModified(entry), size: entry.uncompressedSize, bytes: () => ({ ok: false, failure }) });
      continue;
    }
    entries.push({ path, fileName, modified: entryModified(entry), size: entry.uncompressedSize, bytes: take });
  }
  return undefined;
}

/** Inflates one entry, once, stopped at its declared size; its bytes count against the archive's budget. */
function takeOut(bytes: Uint8Array, entry: ZipEntry, fileName: string, budget: ZipBudget, inflateRaw?: RawInflater): EntryBytes {
  const fail = (failure: ReadFailure): EntryBytes => ({ ok: false, failure });
  // Encryption (bit 0, strong encryption, AES as method 99) is the zipper's password: the school's file is inside it.
  if (entry.flags & ENCRYPTED_FLAGS || entry.method === 99) return fail(readFailure("archive", fileName, { archive: "encrypted" }));
  if (entry.method !== 0 && entry.method !== 8) return fail(readFailure("archive", fileName, { archive: "method" }, `compression method ${entry.method}`));
  if (entry.uncompressedSize > budget.bytes) return fail(readFailure("too-large", fileName, { limit: `${budget.bytes} bytes` }));
  let data: Uint8Array;
  try {
    const local = localHeader(bytes, entry);
    if (local.flags & ENCRYPTED_FLAGS) return fail(readFailure("archive", fileName, { archive: "encrypted" }));
    data = local.data;
  } catch (e) {
    return fail(readFailure("corrupt", fileName, {}, (e as Error).message));
  }
  const target = new Uint8Array(entry.uncompressedSize + 1);
  const inflateBudget = { bytes: budget.bytes };
  const problem = inflateEntry(entry, data, target, inflateBudget, inflateRaw);
  if (problem) return fail(readFailure(problem.reason, fileName, problem.reason === "too-large" ? { limit: problem.detail } : {}, problem.detail));
  budget.bytes -= entry.uncompressedSize;
  return { ok: true, bytes: target.subarray(0, entry.uncompressedSize) };
}
