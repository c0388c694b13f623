import type { CellValue } from "../model/grid";

const WHITESPACE = /\s+/g;
// Marks a template adds around header text: required stars, trailing colons, quotes.
const DECORATION = /[*※"“”'‘’:：]/g;
const BRACKETS: Record<string, string> = { "[": "(", "]": ")", "【": "(", "】": ")", "〔": "(", "〕": ")", "{": "(", "}": ")", "<": "(", ">": ")", "《": "(", "》": ")" };
const BRACKET_CHARS = /[[\]【】〔〕{}<>《》]/g;
const BRACKETED = /\([^()]*\)/g;

/**
 * The key a header cell is compared by: NFKC (full-width brackets, digits and letters become
 * half-width), line breaks and spaces removed, every bracket made `(`/`)`, decoration dropped,
 * Latin letters lower-cased. `序\n号` → `序号`; `预算金额（万元）` → `预算金额(万元)`.
 */
export function headerKey(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  // A number's text has no space, bracket, decoration or full-width character.
  if (typeof value === "number") return String(value).toLowerCase();
  return headerKeyOfNfkc(String(value).normalize("NFKC"));
}

/** `headerKey` of a text already in NFKC (a caller normalising a cell once for several uses). */
export function headerKeyOfNfkc(nfkc: string): string {
  return nfkc
    .replace(WHITESPACE, "")
    .replace(BRACKET_CHARS, (c) => BRACKETS[c] ?? c)
    .replace(DECORATION, "")
    .toLowerCase();
}

/** A header key with bracketed remarks removed: `预算金额(万元)` → `预算金额`. Empty when nothing else is left. */
export function headerBase(key: string): string {
  return key.includes("(") ? key.replace(BRACKETED, "") : key;
}
