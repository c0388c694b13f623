import type { Grid } from "../../../core/model/grid";
import type { ReadLimits } from "../read-limits";
import { noteMessage } from "../read-messages";
import type { ReadNote } from "../read-result";
import { wordTableToGrid } from "./table-to-grid";
import { readWordDocument } from "./word-document";

/** The main part of a WordprocessingML package. */
export const DOCUMENT_PART = "word/document.xml";

/** Name of the grid holding a table-less document's text. */
export const DOCUMENT_TEXT_GRID = "正文";

/**
 * A .docx's inflated parts → one grid per table (`表格1`, `表格2` … in the order tables start,
 * nested tables as their own), or, when the document has no table, one `word-text` grid of its
 * paragraphs, which the engine reports as `unknown-layout` (no table). Throws on malformed XML.
 */
export function docxToGrids(parts: Map<string, Uint8Array>, limits: ReadLimits): { grids: Grid[]; notes: ReadNote[] } {
  const part = parts.get(DOCUMENT_PART);
  if (!part) throw new Error(`${DOCUMENT_PART} missing`);
  const document = readWordDocument(decodeXml(part));
  const notes: ReadNote[] = [];
  if (document.tables.length === 0) {
    const rows = document.paragraphs.map((p) => [p]);
    return { grids: [{ name: DOCUMENT_TEXT_GRID, hidden: false, kind: "word-text", rows, merges: [] }], notes };
  }
  const grids = document.tables.map((table, i) => {
    const name = `表格${i + 1}`;
    const { grid, rowsTruncated, columnsTruncated } = wordTableToGrid(table, name, limits.maxRows, limits.maxColumns);
    if (rowsTruncated) notes.push({ code: "rows-truncated", sheet: name, params: { sheet: name, limit: limits.maxRows }, message: noteMessage("rows-truncated", { sheet: name, limit: limits.maxRows }) });
    if (columnsTruncated) notes.push({ code: "columns-truncated", sheet: name, params: { sheet: name, limit: limits.maxColumns }, message: noteMessage("columns-truncated", { sheet: name, limit: limits.maxColumns }) });
    return grid;
  });
  return { grids, notes };
}

/** Word writes UTF-8; a UTF-16 part starts with its byte-order mark. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
