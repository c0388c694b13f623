import * as iconv from "iconv-lite";
import type { ZipEntry } from "../read/zip-directory";

/** General-purpose flag bit 11: the name (and comment) are UTF-8. */
const UTF8_FLAG = 0x0800;
/** Info-ZIP Unicode Path extra field: version 1, CRC-32 of the header's name, the name in UTF-8. */
const UNICODE_PATH = 0x7075;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * An archive entry's name as the person who zipped it wrote it. Windows' built-in compressor,
 * 360压缩 and WinRAR write Chinese names in the system code page (GBK) without the UTF-8 flag:
 * flag set → UTF-8; a Unicode Path extra field → its UTF-8 name; otherwise strict UTF-8 if the
 * bytes are valid UTF-8, else GB18030 (a superset of GBK). Decided, not guessed: GBK text of
 * Chinese names is almost never valid UTF-8.
 */
export function entryName(entry: ZipEntry): string {
  const raw = entry.rawName;
  if (entry.flags & UTF8_FLAG) return new TextDecoder("utf-8").decode(raw);
  const unicode = unicodePath(entry.extra);
  if (unicode !== undefined) return unicode;
  if (raw.every((b) => b < 0x80)) return String.fromCharCode(...raw);
  try {
    return strictUtf8.decode(raw);
  } catch {
    return iconv.decode(raw as Buffer, "gb18030");
  }
}

function unicodePath(extra: Uint8Array): string | undefined {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === UNICODE_PATH && size > 5 && p + 4 + size <= extra.length && extra[p + 4] === 1) {
      try {
        return strictUtf8.decode(extra.subarray(p + 9, p + 4 + size));
      } catch {
        return undefined;
      }
    }
    p += 4 + size;
  }
  return undefined;
}
