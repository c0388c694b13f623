import { Inflate } from "fflate";
import type { ZipEntry } from "./zip-directory";
import { ZipFailureError } from "./zip-failure";

/** Compressed bytes handed to the streaming inflater at a time: bounds what one step can inflate to. */
export const INFLATE_STEP = 16 * 1024;

/**
 * One entry's inflated bytes, chunk by chunk, checked as they come as `inflateEntry` checks them:
 * output past the declared size stops the inflation at that step (`too-large`); a corrupt stream,
 * or one that ends short of the declared size, is `corrupt`. A failure is thrown as a
 * `ZipFailureError` (the reader consuming the chunks cannot return it).
 *
 * fflate's streaming inflater (the browser has no zlib), `step` compressed bytes at a time: one
 * step inflates to at most 1032 × `step` bytes, each chunk its own copy. A stored entry is its own
 * bytes, one chunk.
 */
export function* inflateEntryChunks(entry: ZipEntry, data: Uint8Array, step = INFLATE_STEP): Generator<Uint8Array, void, undefined> {
  const declared = entry.uncompressedSize;
  const fail = (reason: "corrupt" | "too-large", detail: string) => new ZipFailureError({ ok: false, reason, detail });
  if (entry.method === 0) {
    if (entry.compressedSize !== declared) throw fail("corrupt", `stored size of ${entry.name}`);
    if (data.length > 0) yield data;
    return;
  }
  if (entry.method !== 8) throw fail("corrupt", `compression method ${entry.method} of ${entry.name}`);
  const out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    out.push(chunk);
  });
  let produced = 0;
  for (let at = 0; at < data.length; at += step) {
    const end = Math.min(at + step, data.length);
    try {
      inflater.push(data.subarray(at, end), end === data.length);
    } catch (e) {
      throw fail("corrupt", `${entry.name}: ${(e as Error).message}`);
    }
    for (const chunk of out) {
      produced += chunk.length;
      if (produced > declared) throw fail("too-large", `${entry.name} inflates past its declared size`);
      if (chunk.length > 0) yield chunk;
    }
    out.length = 0;
  }
  if (produced !== declared) throw fail("corrupt", `${entry.name} inflates to ${produced}, declared ${declared}`);
}
