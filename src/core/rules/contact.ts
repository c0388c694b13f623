import { isEmail } from "./email";
import { isPhone } from "./phone";
import { ruleText } from "./rule-text";

/** Ningbo's `联系电话/手机/电子邮箱` cell, split into what it holds. */
export interface ContactParts {
  phones: string[];
  emails: string[];
  /** Parts that are neither a phone nor an e-mail, as written (after NFKC). */
  invalid: string[];
  /** At least one valid part and no invalid part. */
  valid: boolean;
}

/**
 * Hard separators between parts: `/ ， , ； ; 、`, line breaks (full-width read as half-width) and
 * the words `或` `或者` `和` `及` (`137… 或 0572-…`).
 */
const SEPARATORS = /[/,;、\r\n]+|\s*(?:或者|或|和|及)\s*/;
/** A label a person writes before a part: `手机：`, `电话:`, `邮箱：`, `Email:` … */
const LABEL = /^(?:联系电话|电话|手机|座机|固话|办公电话|电子邮箱|邮箱|e-?mail|tel|mobile)\s*[:：]?\s*/i;

/**
 * Splits the cell at the hard separators; a piece that is not one phone or e-mail as a whole is
 * split again at spaces, joining neighbouring words when they form a phone together
 * (`0574 87654321` stays one landline, `13757293776 a@b.cn` becomes two parts).
 */
export function splitContact(value: unknown): ContactParts {
  const phones: string[] = [];
  const emails: string[] = [];
  const invalid: string[] = [];
  const text = typeof value === "number" ? (isPhone(value) ? String(value) : ruleText(value)) : ruleText(value);
  for (const rawPiece of text.split(SEPARATORS)) {
    const piece = rawPiece.trim().replace(LABEL, "").trim();
    if (piece === "") continue;
    for (const part of partsOf(piece)) {
      if (isPhone(part)) phones.push(part);
      else if (isEmail(part)) emails.push(part);
      else invalid.push(part);
    }
  }
  return { phones, emails, invalid, valid: phones.length + emails.length > 0 && invalid.length === 0 };
}

export function isContact(value: unknown): boolean {
  return splitContact(value).valid;
}

function partsOf(piece: string): string[] {
  if (isPhone(piece) || isEmail(piece)) return [piece];
  const words = piece.split(/\s+/).map((word) => word.replace(LABEL, "")).filter((word) => word !== "");
  const parts: string[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 1;
    // The longest run of words from here that reads as one phone (a landline `0574 87654321`).
    for (let j = words.length; j > i + 1; j--) {
      if (isPhone(words.slice(i, j).join(" "))) {
        taken = j - i;
        break;
      }
    }
    parts.push(words.slice(i, i + taken).join(" "));
    i += taken;
  }
  return parts;
}

/** A phone cell that may hold several numbers (`137…／0572-…`, `137…、138…`, `137… 或 0572-…`). */
export interface PhoneParts {
  phones: string[];
  /** Parts that are not a phone (an e-mail included), as written (after NFKC). */
  invalid: string[];
  /** At least one phone and no other part. */
  valid: boolean;
}

/**
 * The numbers of a phone cell, split as a contact cell is (one rule for both): valid when every
 * number is valid, as Ningbo's 联系电话/手机/电子邮箱 cell already is.
 */
export function splitPhones(value: unknown): PhoneParts {
  if (isPhone(value)) return { phones: [ruleText(value)], invalid: [], valid: true };
  const parts = splitContact(value);
  const invalid = [...parts.invalid, ...parts.emails];
  return { phones: parts.phones, invalid, valid: parts.phones.length > 0 && invalid.length === 0 };
}
