import { inflateSync } from "fflate";
import { inflateEntryChunks } from "./inflate-entry-chunks";
import type { RawInflater } from "./read-result";
import type { ZipEntry } from "./zip-directory";
import { ZipFailureError, type ZipFailure } from "./zip-failure";

/**
 * Deflate's ceiling: one compressed byte inflates to at most 1032 bytes (a 258-byte match per two
 * bits, the shortest codes a block can assign). So `DEFLATE_MAX_RATIO × compressed size` bounds
 * what any stream, honest or not, can produce.
 */
export const DEFLATE_MAX_RATIO = 1032;

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
 * - Streaming (`inflateEntryChunks`), 16 KB of compressed bytes at a time, stopped as soon as the
 *   output passes the declared size: every other entry (a large sheet).
 * With a native inflater (`inflateRaw`, Node's zlib in the CLI) every entry is inflated by it with
 * its output capped at the declared size + 1: zlib itself stops there, so no budget is needed.
 */
export function inflateEntry(entry: ZipEntry, data: Uint8Array, target: Uint8Array, budget: { bytes: number }, inflateRaw?: RawInflater): ZipFailure | undefined {
  const declared = entry.uncompressedSize;
  if (entry.method === 0) {
    if (entry.compressedSize !== declared) return { ok: false, reason: "corrupt", detail: `stored size of ${entry.name}` };
    target.set(data);
    return undefined;
  }
  if (entry.method !== 8) return { ok: false, reason: "corrupt", detail: `compression method ${entry.method} of ${entry.name}` };
  const overrun: ZipFailure = { ok: false, reason: "too-large", detail: `${entry.name} inflates past its declared size` };
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
    try {
      for (const chunk of inflateEntryChunks(entry, data)) {
        target.set(chunk, produced);
        produced += chunk.length;
      }
    } catch (e) {
      if (e instanceof ZipFailureError) return e.failure;
      throw e;
    }
  }
  if (produced !== declared) return { ok: false, reason: "corrupt", detail: `${entry.name} inflates to ${produced}, declared ${declared}` };
  return undefined;
}
