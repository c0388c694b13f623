import { ruleText } from "./rule-text";

/**
 * An e-mail address (`invalid-email` otherwise): a local part of letters, digits and `._%+-`
 * (no leading, trailing or doubled dot), `@`, then dot-separated domain labels of letters, digits
 * and inner hyphens, ending in a top-level domain of at least two letters. Full-width input
 * (`ｚｊ＠１６３.ｃｏｍ`) is read as half-width.
 */
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9._%+-]+(?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export function isEmail(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const text = ruleText(value);
  return text.length <= 254 && EMAIL.test(text);
}
