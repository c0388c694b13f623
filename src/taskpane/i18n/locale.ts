import type { Locale } from "../../core/text/locale";

/** The pane speaks Simplified Chinese, or English when Office's display language is English. */
export type PaneLocale = Locale;

/** `Office.context.displayLanguage` (`en-US`, `zh-CN`, `en-GB` …) → the pane's locale. Chinese unless English. */
export function paneLocale(displayLanguage: string | undefined | null): PaneLocale {
  return displayLanguage && /^en\b/i.test(displayLanguage.trim()) ? "en-US" : "zh-CN";
}
