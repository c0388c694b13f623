import type { RawInflater, ZipBudget } from "./read-result";
import type { ReadLimits } from "./read-limits";
import { capsWithin, chargeBudget, ratioExceeded } from "./zip-caps";
import { ENCRYPTED_FLAGS, readZipDirectory, TooManyEntriesError, type ZipEntry } from "./zip-directory";
import type { ZipFailure } from "./zip-failure";
import { zipKind, type ZipKind } from "./zip-kind";
import { writeStoredCopy, type InflatedZip } from "./stored-zip-copy";
import { streamLargeSheets, type StreamedZip } from "./streamed-zip";

// The guard's callers and tests name deflate's ceiling from here; it lives with the inflation.
export { DEFLATE_MAX_RATIO } from "./inflate-zip-entry";

export type ZipCheck = { ok: true; kind: ZipKind; entries: number; uncompressedBytes: number; inflated?: InflatedZip; streamed?: StreamedZip } | ZipFailure;

/**
 * Checks a zip before the spreadsheet parser sees it: the directory parses; entries, declared
 * sizes and ratios are within limits (`zip-caps.ts`); no entry is encrypted; and every entry really
 * inflates to its declared size (`inflate-zip-entry.ts`: the declared size is the sender's to
 * choose, so it is verified, not trusted).
 *
 * For a spreadsheet (xlsx, xlsb, ods) or a Word document (docx) the verified bytes are kept: each
 * entry is inflated once, straight into a stored (uncompressed) copy of the zip, `inflated.stored`
 * (`stored-zip-copy.ts`), which is what the parser reads. The parser then only copies, never
 * inflates, so nothing it reads was not checked.
 *
 * With `streamSheetsAbove` (the values reader's caller), an .xlsx's worksheets declared larger
 * than that are checked but not inflated: `streamed` (`streamed-zip.ts`) holds the other parts
 * inflated and those worksheets as parts inflated, and verified the same way, as they are read; the
 * stored copy is built only if SheetJS must read the file. Every other zip gets `inflated` as above.
 */
export function checkZip(bytes: Uint8Array, given: ReadLimits, inflateRaw?: RawInflater, budget?: ZipBudget, streamSheetsAbove?: number): ZipCheck {
  // A file inside an archive shares the archive's caps: what is left of them once the archive's own entries were counted.
  const checked = checkZipWithin(bytes, capsWithin(given, budget), inflateRaw, streamSheetsAbove);
  if (checked.ok && budget) chargeBudget(budget, checked.entries, checked.uncompressedBytes);
  return checked;
}

function checkZipWithin(bytes: Uint8Array, limits: ReadLimits, inflateRaw?: RawInflater, streamSheetsAbove?: number): ZipCheck {
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
  if (kind === "xlsx" && streamSheetsAbove !== undefined) {
    const streamed = streamLargeSheets(bytes, entries, limits, streamSheetsAbove, inflateRaw);
    if (streamed && "ok" in streamed) return streamed;
    if (streamed) return { ok: true, kind, entries: entries.length, uncompressedBytes: declared, streamed };
  }
  const inflated = writeStoredCopy(bytes, entries, limits, inflateRaw);
  if ("ok" in inflated) return inflated;
  return { ok: true, kind, entries: entries.length, uncompressedBytes: declared, inflated };
}
