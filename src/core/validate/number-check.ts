import { numberFromWords } from "../rules/count-words";
import type { ValueCheck } from "./check";

/**
 * `invalid-number`: not a number, below the field's minimum (negative), above its maximum, or not
 * whole where a count is asked. A number written with words around it (`共3个`, `三个` for a count
 * with a unit) is rewritten to it (`normalized-value`), then checked as a number.
 */
export const checkNumber: ValueCheck = (value, field, ctx) => {
  const expected = { type: field.type, ...(field.min !== undefined ? { min: field.min } : {}), ...(field.max !== undefined ? { max: field.max } : {}) };
  if (typeof value !== "number") {
    const n = numberFromWords(value, field.unit, field.type === "integer" && field.unit !== undefined);
    if (n === undefined) return [{ code: "invalid-number", params: { ...expected, reason: "not-a-number" } }];
    return [{ code: "normalized-value", rewrite: n, params: { to: n } }, ...(checkNumber(n, field, ctx) ?? [])];
  }
  if (field.type === "integer" && !Number.isInteger(value)) return [{ code: "invalid-number", params: { ...expected, reason: "not-whole" } }];
  if (field.min !== undefined && value < field.min) return [{ code: "invalid-number", params: { ...expected, reason: value < 0 ? "negative" : "below-min" } }];
  if (field.max !== undefined && value > field.max) return [{ code: "invalid-number", params: { ...expected, reason: "above-max" } }];
  return undefined;
};
