/** What the first bytes say a file is, before any parser sees it. */
export type Container = "empty" | "zip" | "cfb" | "biff" | "rar" | "7z" | "pdf" | "image" | "text";

/**
 * Signatures:
 * - zip `PK\x03\x04` (also an empty zip `PK\x05\x06`): .xlsx .xlsm .xlsb .ods, but also .docx …;
 * - CFB `D0 CF 11 E0 A1 B1 1A E1`: .xls (BIFF5/8), an encrypted OOXML workbook, .doc …;
 * - RAR `Rar!\x1A\x07` (4 and 5) and 7-Zip `7z\xBC\xAF\x27\x1C`: archives the product does not open;
 * - bare BIFF2–4 (`09 00|02|04 …` BOF record), what Excel 2–4 wrote;
 * - anything else is tried as text (the text reader rejects binary).
 */
export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return "empty";
  const b = bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6)) return "zip";
  if (
    b.length >= 8 &&
    b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 &&
    b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1
  ) return "cfb";
  if (b.length >= 6 && b[0] === 0x52 && b[1] === 0x61 && b[2] === 0x72 && b[3] === 0x21 && b[4] === 0x1a && b[5] === 0x07) return "rar";
  if (b.length >= 6 && b[0] === 0x37 && b[1] === 0x7a && b[2] === 0xbc && b[3] === 0xaf && b[4] === 0x27 && b[5] === 0x1c) return "7z";
  if (b.length >= 4 && b[0] === 0x09 && (b[1] === 0x00 || b[1] === 0x02 || b[1] === 0x04) && b[3] === 0x00) return "biff";
  if (b.length >= 4 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return "pdf";
  if (b.length >= 4 && ((b[0] === 0x89 && b[1] === 0x50) || (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46))) return "image";
  return "text";
}
