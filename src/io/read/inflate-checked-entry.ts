import { inflateEntry } from "./inflate-zip-entry";
import type { RawInflater } from "./read-result";
import { DATA_DESCRIPTOR, type LocalHeader, type ZipEntry } from "./zip-directory";
import type { ZipFailure } from "./zip-failure";

/**
 * One entry inflated into `target` (its declared size + 1) and verified (`inflateEntry`), then its
 * local header's sizes checked against the directory's: after inflating, so a size lie that is a
 * bomb is reported as one.
 */
export function inflateCheckedEntry(entry: ZipEntry, local: LocalHeader, target: Uint8Array, budget: { bytes: number }, inflateRaw?: RawInflater): ZipFailure | undefined {
  const problem = inflateEntry(entry, local.data, target, budget, inflateRaw);
  if (problem) return problem;
  if (!sizesAgree(local, entry)) return { ok: false, reason: "corrupt", detail: `sizes of ${entry.name} differ between local header and directory` };
  return undefined;
}

/** The local header declares the directory's sizes (or defers them to a data descriptor or zip64 field). */
export function sizesAgree(local: LocalHeader, entry: ZipEntry): boolean {
  if (local.flags & DATA_DESCRIPTOR) return true;
  return (
    (local.compressedSize === 0xffffffff || local.compressedSize === entry.compressedSize) &&
    (local.uncompressedSize === 0xffffffff || local.uncompressedSize === entry.uncompressedSize)
  );
}
