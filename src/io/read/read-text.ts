import type { CellValue, Grid } from "../../core/model/grid";
import type { ReadLimits } from "./read-limits";
import type { ReadNote } from "./read-result";
import { noteMessage } from "./read-messages";
import { parseCsv } from "./parse-csv";

/**
 * Delimited text → one grid named after the file. Every field stays text (`013000`, `=1+1`,
 * `0572-1234567` as written); an empty field is `null`; trailing empty rows and fields are left off.
 */
export function csvToGrid(text: string, fileName: string, limits: ReadLimits): { grid: Grid; notes: ReadNote[] } {
  const name = baseName(fileName);
  const parsed = parseCsv(text, { maxRows: limits.maxRows });
  const notes: ReadNote[] = [];
  let columnsTruncated = false;
  const rows: CellValue[][] = new Array(parsed.rows.length);
  let last = -1;
  for (let r = 0; r < parsed.rows.length; r++) {
    const fields = parsed.rows[r];
    let end = fields.length - 1;
    while (end >= 0 && fields[end] === "") end--;
    if (end >= limits.maxColumns) {
      columnsTruncated = true;
      end = limits.maxColumns - 1;
    }
    const row: CellValue[] = new Array(end + 1);
    for (let c = 0; c <= end; c++) row[c] = fields[c] === "" ? null : fields[c];
    rows[r] = row;
    if (end >= 0) last = r;
  }
  rows.length = last + 1;
  if (parsed.truncated) {
    const params = { sheet: name, limit: limits.maxRows };
    notes.push({ code: "rows-truncated", sheet: name, params, message: noteMessage("rows-truncated", params) });
  }
  if (columnsTruncated) {
    const params = { sheet: name, limit: limits.maxColumns };
    notes.push({ code: "columns-truncated", sheet: name, params, message: noteMessage("columns-truncated", params) });
  }
  return { grid: { name, hidden: false, rows, merges: [], origin: { row: 0, column: 0 } }, notes };
}

/** `dir/学校A.csv` → `学校A` (either slash; browsers hand bare names, the CLI may hand paths). */
export function baseName(fileName: string): string {
  const bare = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = bare.lastIndexOf(".");
  return dot > 0 ? bare.slice(0, dot) : bare;
}

/** Lower-case extension without the dot, or `""`. */
export function extensionOf(fileName: string): string {
  const bare = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = bare.lastIndexOf(".");
  return dot > 0 ? bare.slice(dot + 1).toLowerCase() : "";
}
