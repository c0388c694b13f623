import * as XLSX from "@e965/xlsx";

export type CfbCheck =
  | { ok: true }
  | { ok: false; reason: "corrupt" | "encrypted" | "not-spreadsheet" | "word-97"; detail: string };

interface CfbEntry {
  name: string;
  content?: Uint8Array | number[];
}
interface CfbContainer {
  FileIndex: CfbEntry[];
}

const FILEPASS = 0x002f;
const EOF_RECORD = 0x000a;

/**
 * Checks a compound file (CFB/OLE2) before the spreadsheet parser sees it:
 * - `EncryptionInfo` + `EncryptedPackage` streams: a password-protected .xlsx (Excel and WPS wrap
 *   encrypted OOXML in CFB);
 * - a `Workbook` (BIFF8) or `Book` (BIFF5) stream whose globals hold a FILEPASS record: a
 *   password-protected .xls;
 * - a `WordDocument` stream and no workbook: a Word 97–2003 document, to be saved as .docx;
 * - no workbook stream at all (a PowerPoint 97 file, …): not a spreadsheet.
 */
export function checkCfb(bytes: Uint8Array): CfbCheck {
  let container: CfbContainer;
  try {
    container = XLSX.CFB.read(bytes, { type: "array" }) as CfbContainer;
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: (e as Error).message };
  }
  const byName = new Map<string, CfbEntry>();
  for (const entry of container.FileIndex) byName.set(entry.name, entry);
  if (byName.has("EncryptionInfo") || byName.has("EncryptedPackage")) return { ok: false, reason: "encrypted", detail: "EncryptedPackage" };
  const workbook = byName.get("Workbook") ?? byName.get("Book") ?? byName.get("WORKBOOK") ?? byName.get("BOOK");
  if (!workbook && byName.has("WordDocument")) return { ok: false, reason: "word-97", detail: "WordDocument" };
  if (!workbook || !workbook.content) {
    const has = [...byName.keys()].filter((n) => n !== "Root Entry").slice(0, 5).join(", ");
    return { ok: false, reason: "not-spreadsheet", detail: `no workbook stream (${has})` };
  }
  if (hasFilePass(workbook.content)) return { ok: false, reason: "encrypted", detail: "FILEPASS" };
  return { ok: true };
}

/** Walks the BIFF records of the workbook globals (up to their EOF record) looking for FILEPASS. */
export function hasFilePass(stream: Uint8Array | number[]): boolean {
  const n = stream.length;
  let p = 0;
  let records = 0;
  while (p + 4 <= n && records++ < 100_000) {
    const type = stream[p] | (stream[p + 1] << 8);
    const length = stream[p + 2] | (stream[p + 3] << 8);
    if (type === FILEPASS) return true;
    if (type === EOF_RECORD) return false;
    p += 4 + length;
  }
  return false;
}
