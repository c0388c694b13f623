import { createContext, useContext } from "react";
import type { PaneLocale } from "./locale";
import { STRINGS_EN_US } from "./strings-en-US";
import { STRINGS_ZH_CN, type PaneStrings, type StringKey } from "./strings-zh-CN";

export type { PaneStrings, StringKey };

/** The string table of a locale. */
export function stringsFor(locale: PaneLocale): PaneStrings {
  return locale === "en-US" ? STRINGS_EN_US : STRINGS_ZH_CN;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** `t("rowLabel", { row: 4 })` — the pane's text in the current locale. */
export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export interface PaneText {
  locale: PaneLocale;
  t: Translate;
}

export function paneText(locale: PaneLocale): PaneText {
  const table = stringsFor(locale);
  return { locale, t: (key, values) => fill(table[key], values) };
}

const PaneTextContext = createContext<PaneText>(paneText("zh-CN"));
export const PaneTextProvider = PaneTextContext.Provider;

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
