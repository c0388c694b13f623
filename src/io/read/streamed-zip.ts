import { inflateCheckedEntry, sizesAgree } from "./inflate-checked-entry";
import { checkedLocalHeaders } from "./local-headers";
import type { RawInflater } from "./read-result";
import type { ReadLimits } from "./read-limits";
import { writeStoredCopy, type InflatedZip } from "./stored-zip-copy";
import { StreamedPart } from "./streamed-part";
import { isDirectory, type ZipEntry } from "./zip-directory";
import type { ZipFailure } from "./zip-failure";

/**
 * Worksheet parts declared larger than this are streamed: 1 MiB, what the values reader decodes at
 * a time anyway (`DEFAULT_CHUNK_BYTES`). A sheet under it held whole costs no more than one of its
 * pieces, and whole it is inflated fastest: in one call, by zlib in the CLI (2–3 × fflate's
 * streaming inflater, which the streamed parts use everywhere: Node's zlib has no synchronous
 * streaming call). So the many small files of a roll-up (sheets of a few to a few hundred KB) read
 * exactly as before, stored copy included; only a large sheet is streamed.
 */
export const STREAMED_SHEET_BYTES = 1 << 20;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** An .xlsx checked by the guard, its small parts inflated and verified, its large worksheets left to be inflated as they are read. */
export interface StreamedZip {
  /** Inflated bytes of each entry by its directory name; a large worksheet is a `StreamedPart`. */
  parts: Map<string, Uint8Array | StreamedPart>;
  /** Inflates the streamed parts no reader read to their end, so every entry is still verified: the first failure. */
  verifyUnread(): ZipFailure | undefined;
  /** The stored copy SheetJS reads, every entry inflated (again): built only when the values reader leaves the file to SheetJS. */
  storedCopy(): InflatedZip | ZipFailure;
}

/**
 * The guard's inflation for the values reader: every entry is checked and inflated as for the
 * stored copy (`writeStoredCopy`), in the same order with the same failures, except that a
 * worksheet declared larger than `above` is not inflated here but handed on as a `StreamedPart`.
 * A worksheet whose local header's sizes disagree with the directory's is not streamed: inflated
 * here, it fails as it always did. `undefined` when no entry would be streamed.
 */
export function streamLargeSheets(bytes: Uint8Array, entries: ZipEntry[], limits: ReadLimits, above: number, inflateRaw?: RawInflater): StreamedZip | ZipFailure | undefined {
  const streams = (entry: ZipEntry) => entry.uncompressedSize > above && (entry.method === 8 || entry.method === 0) && WORKSHEET.test(entry.name);
  if (!entries.some(streams)) return undefined;
  const locals = checkedLocalHeaders(bytes, entries);
  if (!Array.isArray(locals)) return locals;
  const parts = new Map<string, Uint8Array | StreamedPart>();
  const streamed: StreamedPart[] = [];
  // What inflating in one call may cost at worst, in all (see inflateEntry).
  const budget = { bytes: limits.maxUncompressedBytes };
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (isDirectory(entry)) {
      parts.set(entry.name, new Uint8Array(0));
    } else if (streams(entry) && sizesAgree(locals[i], entry)) {
      const part = new StreamedPart(entry, locals[i].data);
      streamed.push(part);
      parts.set(entry.name, part);
    } else {
      const target = new Uint8Array(entry.uncompressedSize + 1);
      const problem = inflateCheckedEntry(entry, locals[i], target, budget, inflateRaw);
      if (problem) return problem;
      parts.set(entry.name, target.subarray(0, entry.uncompressedSize));
    }
  }
  return {
    parts,
    verifyUnread: () => {
      for (const part of streamed) {
        const problem = part.verify();
        if (problem) return problem;
      }
      return undefined;
    },
    storedCopy: () => writeStoredCopy(bytes, entries, limits, inflateRaw),
  };
}
