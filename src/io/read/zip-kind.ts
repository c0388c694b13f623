import { entryData, type ZipEntry } from "./zip-directory";

/** What a zip holds, judged from its entry names (and the ODF `mimetype` entry). */
export type ZipKind = "xlsx" | "xlsb" | "ods" | "docx" | "pptx" | "odf-other" | "other";

export function zipKind(entries: ZipEntry[], bytes: Uint8Array): ZipKind {
  const names = new Set(entries.map((e) => e.name));
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype && mimetype.method === 0 && mimetype.uncompressedSize < 200) {
    try {
      const text = new TextDecoder().decode(entryData(bytes, mimetype));
      return text.trim() === "application/vnd.oasis.opendocument.spreadsheet" ? "ods" : "odf-other";
    } catch {
      return "other";
    }
  }
  // An .xlsx written by some tools names the workbook part elsewhere; [Content_Types] tells.
  if (names.has("content.xml") && names.has("META-INF/manifest.xml")) return "ods";
  for (const name of names) if (/^[^/]+\/workbook\.xml$/i.test(name)) return "xlsx";
  return "other";
}
