import { ruleText } from "./rule-text";

/**
 * Phone numbers as docs/DOMAIN.md#phone-numbers accepts them (`invalid-phone` otherwise):
 * - mainland mobile `1[3-9]` + 9 digits; an optional `+86`/`86` prefix; spaces or `-` between
 *   digit groups (`137 5729 3776`, `137-5729-3776`);
 * - landline `0` + 2–3 digit area code + 7–8 digits, the area code optionally in brackets and
 *   followed by `-` or a space (`0572-2345678`, `(0572)2345678`, `0572 2345678`, `05722345678`);
 * - a bare 7–8 digit local number, first digit 2–9 (local numbers never begin with 0 or 1);
 * - landline and local number may carry an extension of 1–6 digits written `-123`, `转123`,
 *   `分机123`, `ext 123`, `ext.123`, `x123` or `#123`.
 * Full-width input is read as half-width (NFKC). A JS number is read as its digits, so
 * 13757293776 is a mobile; a landline stored as a number has lost its leading 0 and is refused.
 */
const EXTENSION = String.raw`(?:\s*(?:-|转|分机|ext\.?|x|#)\s*\d{1,6})?`;
const LANDLINE = new RegExp(String.raw`^(?:\(0\d{2,3}\)|0\d{2,3})[-\s]?[2-9]\d{6,7}${EXTENSION}$`, "i");
const LOCAL = new RegExp(String.raw`^[2-9]\d{6,7}${EXTENSION}$`, "i");
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const MOBILE_GROUPS = /^(?:\+?86[\s-]?)?\d{3}[\s-]?\d{4}[\s-]?\d{4}$/;

export function isPhone(value: unknown): boolean {
  if (typeof value === "number") return Number.isSafeInteger(value) && value > 0 && isPhoneText(String(value));
  if (typeof value !== "string") return false;
  return isPhoneText(ruleText(value));
}

function isPhoneText(text: string): boolean {
  if (text === "") return false;
  if (MOBILE_GROUPS.test(text) && MOBILE.test(text.replace(/[\s-]/g, ""))) return true;
  return LANDLINE.test(text) || LOCAL.test(text);
}

/**
 * How many digits a number written as a mobile (`1[3-9]…`, digits with spaces or `-` only) has
 * more (+) or fewer (−) than a mobile's 11; undefined when it is not written as a mobile or has 11.
 * For the short feedback message: `号码少一位`.
 */
export function mobileDigitsOff(value: unknown): number | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? ruleText(value) : "";
  const bare = text.replace(/^\+?86[\s-]?/, "");
  if (!/^1[3-9][\d\s-]*$/.test(bare)) return undefined;
  const off = bare.replace(/[\s-]/g, "").length - 11;
  return off === 0 ? undefined : off;
}
