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
  if (value === null || value === undefined || value === "") return;
  if (typeof value === "number") {
    cell.value = Number.isFinite(value) ? value : String(value);
    return;
  }
  if (typeof value === "boolean") {
    cell.value = value;
    return;
  }
  cell.value = String(value);
  cell.numFmt = "@";
}
