import { ruleText } from "./rule-text";

/**
 * Counts and amounts a school writes with words around the number (docs/DOMAIN.md#numbers: numbers may arrive
 * as text). Understood, and reported as `normalized-value`:
 * - a `共` / `共计` / `合共` prefix: `共3个`, `共计 35.5万元` (the unit, when written, is the field's);
 * - a count in Chinese numerals, for a field counting things (a whole number with a unit such as
 *   `个`): `三个`, `两个`, `共十个`, `三` — 一 … 十 only: schools write small counts this way; a
 *   larger count in words (`五十`) is more likely a slip and is reported.
 * Anything else (`约3个`, `3-4个`, `三到四个`, `五十`) is not a number and stays for the number check to
 * report as it is.
 */
const PREFIX = /^(?:共计|合共|共)\s*/u;
const DIGITS = /^(\d+(?:\.\d+)?)\s*(\D{0,4})$/u;
const NUMERAL = /^([一二两三四五六七八九十])\s*(\D{0,4})$/u;
const DIGIT_OF: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function numeralValue(text: string): number {
  return text === "十" ? 10 : DIGIT_OF[text];
}

/**
 * The number a cell's words give, or `undefined`. `unit` is the field's unit (`个`, `万元`): a word
 * after the number must be it; `numerals` allows Chinese numerals (a field counting things).
 */
export function numberFromWords(value: unknown, unit: string | undefined, numerals: boolean): number | undefined {
  const text = ruleText(value);
  const prefixed = PREFIX.test(text);
  const rest = text.replace(PREFIX, "");
  const unitOk = (word: string) => word === "" || (unit !== undefined && unit.startsWith(word));
  const digits = DIGITS.exec(rest);
  if (digits) return prefixed && unitOk(digits[2]) ? Number(digits[1]) : undefined;
  if (!numerals) return undefined;
  const numeral = NUMERAL.exec(rest);
  return numeral && unitOk(numeral[2]) ? numeralValue(numeral[1]) : undefined;
}
