import type { Locale } from "../locale";
import { enUS } from "./en-US";
import { zhCN, type TextKey } from "./zh-CN";

const TABLES: Record<Locale, Record<TextKey, string>> = { "zh-CN": zhCN, "en-US": enUS };

/** The CLI sentence `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function t(locale: Locale, key: TextKey, params: Record<string, string | number> = {}): string {
  return TABLES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Both languages, Chinese first: for `--help`, read before any `--lang` applies. */
export function both(key: TextKey): string {
  return `${zhCN[key]} / ${enUS[key]}`;
}
