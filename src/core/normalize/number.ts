import type { CellValue } from "../model/grid";

// A number written as text, with optional thousands separators and a trailing unit word (`12.5万元`, `3个`).
const NUMBER_TEXT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*([^\d\s.,+-][^\d]{0,5})?$/;

export interface ParsedNumber {
  value: number;
  /** The unit word written after the number, if any (`万元`). */
  unit?: string;
}

/**
 * A number from a cell: a number as is, or text such as `"12.5"`, `"12.5万元"`, `"１２"`, `"1,200"`.
 * `undefined` when the cell is not a number.
 */
export function parseNumber(value: CellValue | undefined): ParsedNumber | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? { value } : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").trim();
  if (text === "") return undefined;
  const m = NUMBER_TEXT.exec(text);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ""));
  if (!Number.isFinite(n)) return undefined;
  return m[2] ? { value: n, unit: m[2].trim() } : { value: n };
}
