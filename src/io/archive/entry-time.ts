import type { ZipEntry } from "../read/zip-directory";

/** Extended timestamp extra field (Info-ZIP, 7-Zip, macOS): flags, then the modification time in Unix seconds (UTC). */
const EXTENDED_TIMESTAMP = 0x5455;

/**
 * When an archive entry was last modified: the extended timestamp when the zipper wrote one (UTC),
 * else the MS-DOS time and date fields, which hold the zipping machine's wall-clock time (read as
 * local time, as unzip tools do). Two-second resolution.
 */
export function entryModified(entry: ZipEntry): Date {
  const view = new DataView(entry.extra.buffer, entry.extra.byteOffset, entry.extra.byteLength);
  for (let p = 0; p + 4 <= entry.extra.length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === EXTENDED_TIMESTAMP && size >= 5 && p + 4 + size <= entry.extra.length && entry.extra[p + 4] & 1) {
      return new Date(view.getUint32(p + 5, true) * 1000);
    }
    p += 4 + size;
  }
  const { dosDate: d, dosTime: t } = entry;
  return new Date(1980 + (d >> 9), ((d >> 5) & 0x0f) - 1, d & 0x1f, t >> 11, (t >> 5) & 0x3f, (t & 0x1f) * 2);
}
