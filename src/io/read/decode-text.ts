import * as iconv from "iconv-lite";

/** How a text file was decoded, reported with the file. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decide the encoding deterministically, never by guessing from statistics:
 * 1. a byte-order mark (UTF-8, or UTF-16 as Excel's "Unicode text" export writes);
 * 2. otherwise strict UTF-8 (`fatal: true`), which fails on any invalid sequence;
 * 3. otherwise GB18030 (a superset of GBK and GB2312, what Chinese Excel and WPS save as "CSV").
 * Pure-ASCII files are valid UTF-8 and reported as `utf-8`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(bytes, "gb18030"), encoding: "gb18030" };
  }
}

/**
 * True when decoded text looks like binary: NULs or C0 control characters other than tab and
 * line breaks, or replacement characters, in more than 1% of the first 64 K characters.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > n / 100;
}
