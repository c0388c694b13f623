import { RuleArgumentError } from "./rule-argument-error";
import { ruleText } from "./rule-text";

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const THOUSANDS_TEXT = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * An argument read as a number: a JS number, or text that is one (`"12"`, `"１２"`, `" 12.5 "`).
 * Blank and anything else throw: a rule never guesses a number.
 */
export function ruleNumber(value: unknown, argument: string): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RuleArgumentError(argument, "not-a-number", { value: String(value) });
    return value;
  }
  const written = ruleText(value);
  // Thousands separators (`1,200`) only in their proper places: `1,2` is not a number.
  const text = THOUSANDS_TEXT.test(written) ? written.replace(/,/g, "") : written;
  if (text === "") throw new RuleArgumentError(argument, "blank");
  if (!NUMBER_TEXT.test(text)) throw new RuleArgumentError(argument, "not-a-number", { value: written || String(value) });
  return Number(text);
}

/** A count: a whole number ≥ `min` (0 unless told). */
export function ruleCount(value: unknown, argument: string, min = 0): number {
  const n = ruleNumber(value, argument);
  if (n < 0) throw new RuleArgumentError(argument, "negative", { value: n });
  if (!Number.isInteger(n)) throw new RuleArgumentError(argument, "not-whole", { value: n });
  if (n < min) throw new RuleArgumentError(argument, "out-of-range", { value: n, min, max: "∞" });
  return n;
}
