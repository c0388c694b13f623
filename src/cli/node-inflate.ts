import { inflateRawSync } from "node:zlib";
import type { RawInflater } from "../io/read/read-result";

/**
 * Node's native inflater for the reader's zip entries: several times faster than the JavaScript one
 * the browser uses. zlib stops once the output would pass `maxOutput` (the entry's declared size
 * + 1), so a lying entry costs no more than an honest one; that stop is reported as the
 * `RangeError` the reader expects (zlib's own error is a RangeError of Node's realm, which
 * `instanceof` does not recognise everywhere, e.g. under a test runner).
 */
export const nodeInflateRaw: RawInflater = (data, maxOutput) => {
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new RangeError(`inflates past ${maxOutput} bytes`);
    throw e;
  }
};
