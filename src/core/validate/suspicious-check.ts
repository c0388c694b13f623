import type { ValueCheck } from "./check";

/** `suspicious-value`: legal but above the field's `suspiciousAbove` (a budget over 10000 万元 was probably typed in 元). */
export const checkSuspicious: ValueCheck = (value, field) => {
  if (field.suspiciousAbove === undefined || typeof value !== "number") return undefined;
  return value > field.suspiciousAbove ? [{ code: "suspicious-value", params: { limit: field.suspiciousAbove, ...(field.unit ? { unit: field.unit } : {}) } }] : undefined;
};
