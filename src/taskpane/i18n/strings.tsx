import { createContext, useContext } from "react";
import type { TextParams } from "../../core/text/fill";
import { textOf, type TextTable } from "../../core/text/text-table";
import type { PaneLocale } from "./locale";
import { STRINGS_EN_US } from "./strings-en-US";
import { STRINGS_ZH_CN, type PaneStrings, type StringKey } from "./strings-zh-CN";

export type { PaneStrings, StringKey };

/** The pane's own text, one template per key and locale. */
export const PANE_TEXT: TextTable<StringKey> = { "zh-CN": STRINGS_ZH_CN, "en-US": STRINGS_EN_US };

/** The string table of a locale. */
export function stringsFor(locale: PaneLocale): PaneStrings {
  return PANE_TEXT[locale] ?? PANE_TEXT["zh-CN"];
}

/** `t("rowLabel", { row: 4 })` — the pane's text in the current locale. */
export type Translate = (key: StringKey, values?: TextParams) => string;

export interface PaneText {
  locale: PaneLocale;
  t: Translate;
}

export function paneText(locale: PaneLocale): PaneText {
  return { locale, t: (key, values) => textOf(PANE_TEXT, locale, key, values) };
}

const PaneTextContext = createContext<PaneText>(paneText("zh-CN"));
export const PaneTextProvider = PaneTextContext.Provider;

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
