import type { ValueCheck } from "./check";

/**
 * `invalid-number`: not a number, below the field's minimum (negative), above its maximum, or not
 * whole where a count is asked.
 */
export const checkNumber: ValueCheck = (value, field) => {
  const expected = { type: field.type, ...(field.min !== undefined ? { min: field.min } : {}), ...(field.max !== undefined ? { max: field.max } : {}) };
  if (typeof value !== "number") return [{ code: "invalid-number", params: { ...expected, reason: "not-a-number" } }];
  if (field.type === "integer" && !Number.isInteger(value)) return [{ code: "invalid-number", params: { ...expected, reason: "not-whole" } }];
  if (field.min !== undefined && value < field.min) return [{ code: "invalid-number", params: { ...expected, reason: value < 0 ? "negative" : "below-min" } }];
  if (field.max !== undefined && value > field.max) return [{ code: "invalid-number", params: { ...expected, reason: "above-max" } }];
  return undefined;
};
