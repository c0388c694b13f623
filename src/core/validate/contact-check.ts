import { splitContact } from "../rules/contact";
import type { ValueCheck } from "./check";

/**
 * Ningbo's `联系电话/手机/电子邮箱` cell: at least one valid phone or e-mail, every part given valid.
 * A bad part is reported as `invalid-phone` when it looks like digits, else `invalid-email`.
 */
export const checkContact: ValueCheck = (value) => {
  const parts = splitContact(value);
  if (parts.valid) return undefined;
  if (parts.invalid.length === 0) return [{ code: "invalid-phone", params: { part: String(value) } }];
  return parts.invalid.map((part) => ({ code: /^[\d\s()+-]+$/.test(part) || !part.includes("@") && /\d{5,}/.test(part) ? "invalid-phone" : "invalid-email", params: { part } }));
};
