import * as XLSX from "@e965/xlsx";
import type { CellValue } from "../../core/model/grid";

/** Excel's error values by BIFF code (what SheetJS stores in `v` of an error cell). */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/** A number format that only pads with zeros (`000000` for a postcode): its text is the value. */
const ZERO_PADDING = /^0{2,}$|^0+[-\s]0+$/;

/**
 * A SheetJS cell as the engine's `CellValue`:
 * - text stays text (`""` is empty → `null`);
 * - a formula gives its cached value (the reader never asks SheetJS for formula text);
 * - a date gives ISO text: `2025-04-01`, `2025-04-01T08:30:00`, or `08:30:00` for a time alone;
 * - a number formatted to pad with zeros (`000000`) gives the text shown (`013000`), since
 *   postcodes and phone numbers lose their meaning without the leading zero;
 * - an error value gives its text (`#N/A`).
 */
export function cellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  const v = cell.v;
  switch (cell.t) {
    case "s":
      return v === "" || v == null ? null : String(v);
    case "n":
      if (typeof v !== "number" || !Number.isFinite(v)) return null;
      // `General` is what almost every number carries: no pattern test for it.
      if (cell.z && typeof cell.z === "string" && cell.z !== "General" && ZERO_PADDING.test(cell.z) && Number.isInteger(v) && v >= 0) {
        return XLSX.SSF.format(cell.z, v);
      }
      return v;
    case "b":
      return Boolean(v);
    case "d":
      return v instanceof Date ? isoDate(v) : v == null ? null : String(v);
    case "e":
      return ERROR_TEXT[v as number] ?? "#VALUE!";
    default:
      return null;
  }
}

/**
 * SheetJS (0.20, `cellDates`) gives dates whose UTC fields are the wall-clock value in the
 * sheet, whatever the machine's time zone; so the UTC fields are formatted, rounded to the second.
 */
export function isoDate(date: Date): string | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const d = new Date(Math.round(ms / 1000) * 1000);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  // Serial numbers below 1 are times of day; SheetJS places them on 1899-12-30/31.
  if (d.getUTCFullYear() < 1900) return time;
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return time === "00:00:00" ? day : `${day}T${time}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
