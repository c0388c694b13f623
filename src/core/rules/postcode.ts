import { ruleText } from "./rule-text";

/** A postcode as read: its six digits, and whether a lost leading zero was put back. */
export interface PostcodeReading {
  postcode: string;
  normalized: boolean;
}

/**
 * A mainland postcode is six digits (`invalid-postcode` otherwise). Text must be exactly six
 * digits (full-width accepted): a five-digit text kept what the person typed, so it is a typo.
 * A JS number stands for what Excel displays: a cell formatted `000000` holding 13000 shows
 * `013000`, so a whole number 10000–99999 is read as a postcode whose leading 0 was lost
 * (`normalized: true`; postcodes begin 01–86, never 00). 100000–999999 is read as is.
 */
export function readPostcode(value: unknown): PostcodeReading | undefined {
  if (typeof value === "number") {
    if (!Number.isInteger(value)) return undefined;
    if (value >= 100000 && value <= 999999) return { postcode: String(value), normalized: false };
    if (value >= 10000 && value <= 99999) return { postcode: "0" + String(value), normalized: true };
    return undefined;
  }
  if (typeof value !== "string") return undefined;
  const text = ruleText(value);
  return /^\d{6}$/.test(text) ? { postcode: text, normalized: false } : undefined;
}

export function isPostcode(value: unknown): boolean {
  return readPostcode(value) !== undefined;
}
