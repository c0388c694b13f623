import type { CellValue } from "../model/grid";

// Zero-width characters and the BOM that survive copy-paste from Word and web pages.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACE_RUN = /\s+/g;
// A space between two CJK characters carries no meaning (`学 校 名 称`, `张  三`).
const CJK_GAP = /([\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3400-\u9fff\uf900-\ufaff])/g;

/** A cell's text as data: NFKC (full-width → half-width), invisible characters dropped, trimmed. */
export function normalizeText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return normalizeTextOfNfkc(value.normalize("NFKC"));
}

/** `normalizeText` of a text already in NFKC. */
export function normalizeTextOfNfkc(nfkc: string): string {
  return nfkc.replace(INVISIBLE, "").trim();
}

/** A name: normalised text with every run of spaces (and line breaks) made one, and none between CJK characters. */
export function normalizeName(value: CellValue | undefined): string {
  return collapseSpaces(normalizeText(value));
}

/** `normalizeName` of a text already through `normalizeText`. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, " ").replace(CJK_GAP, "$1");
}

/** True when the cell holds nothing but spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  return normalizeText(value) === "";
}
