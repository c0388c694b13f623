import { splitPhones } from "../rules/contact";
import type { ValueCheck } from "./check";

/**
 * `invalid-phone`: not a mobile, landline or local number (the rules' `isPhone`), or, for a cell
 * holding several numbers (`137…／0572-…`), one of them is not; each bad number is named. A number
 * cell is kept as its digits.
 */
export const checkPhone: ValueCheck = (value) => {
  const parts = splitPhones(value);
  if (!parts.valid) return parts.invalid.length > 1 || (parts.invalid.length > 0 && parts.phones.length > 0) ? parts.invalid.map((part) => ({ code: "invalid-phone", params: { part } })) : [{ code: "invalid-phone" }];
  return typeof value === "number" ? [{ rewrite: String(value) }] : undefined;
};
