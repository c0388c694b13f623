import type { Locale } from "../core/text/locale";

/** The locale of messages the add-in writes: Chinese unless Office's display language is English. */
export type ExcelLocale = Locale;

/** `Office.context.displayLanguage` (`"en-US"`, `"zh-CN"` …) → the message locale; Chinese when unknown. */
export function displayLocale(): ExcelLocale {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const language = office?.context?.displayLanguage ?? "";
  return /^en\b/i.test(language) ? "en-US" : "zh-CN";
}
