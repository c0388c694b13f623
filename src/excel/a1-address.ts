/** A1-style addresses, as Office.js takes and returns them. Rows and columns here are 0-based. */

import type { CellArea } from "../core/model/grid";
import { columnLetter, columnNumber } from "../core/messages/column-letter";

/** `0 → A`, `25 → Z`, `26 → AA` (0-based, as this module counts). */
export function columnLetters(column: number): string {
  return columnLetter(column + 1);
}

/** `A → 0`, `AA → 26`. */
export function columnIndex(letters: string): number {
  return columnNumber(letters) - 1;
}

/** `(2, 1) → "B3"`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** `{top: 2, left: 1, bottom: 8, right: 3} → "B3:D9"` (a single cell stays `"B3"`). */
export function areaAddress(area: CellArea): string {
  const first = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? first : `${first}:${cellAddress(area.bottom, area.right)}`;
}

/** A sheet name as a formula or qualified address needs it: quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'学校 表'!B3` — an address other collections (notes, comments) accept without ambiguity. */
export function qualifiedAddress(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

/** `"B3:D9"`, `"Sheet1!B3:D9"`, `"'a b'!$B$3"` → 0-based area; whole rows/columns are not accepted. */
export function parseAreaAddress(address: string): CellArea {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const [a, b = a] = local.split(":");
  const first = parseCell(a);
  const last = parseCell(b);
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.column, last.column),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.column, last.column),
  };
}

function parseCell(text: string): { row: number; column: number } {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`not a cell address: ${text}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/**
 * A RangeAreas address (`"Sheet1!A1:B2, 'x, y'!C3:C5"`) → its areas. Commas inside a quoted sheet
 * name do not split.
 */
export function parseAreasAddress(address: string): CellArea[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean).map(parseAreaAddress);
}
