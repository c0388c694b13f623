import type ExcelJS from "exceljs";

/** A value as the roll-up writes it: text, a number, or nothing. Never a formula. */
export type OutValue = string | number | boolean | null | undefined;

/**
 * Writes a value into a cell as a value. Text is given the `@` (Text) number format, so Excel,
 * WPS and LibreOffice show `=1+1`, `+86…`, `-3`, `@x` or `013000` as typed and never evaluate
 * them; ExcelJS writes a JavaScript string as a shared string (never an `<f>` element), and only an
 * object `{ formula }` would become a formula, which this module never builds from data.
 */
export function setValue(cell: ExcelJS.Cell, value: OutValue): void {
  const content = cellContent(value);
  if (content === undefined) return;
  cell.value = content.value;
  if (content.text) cell.numFmt = "@";
}

/** What `setValue` writes: the cell's value, and whether it is text (`@` format); `undefined` for none. */
export function cellContent(value: OutValue): { value: string | number | boolean; text: boolean } | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? { value, text: false } : { value: String(value), text: false };
  if (typeof value === "boolean") return { value, text: false };
  return { value: String(value), text: true };
}
