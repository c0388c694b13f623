import type { TextParams } from "../../core/text/fill";
import { textOf, type TextTable } from "../../core/text/text-table";
import type { Locale } from "../locale";
import { enUS } from "./en-US";
import { zhCN, type TextKey } from "./zh-CN";

/** The CLI's own sentences, one template per key and locale. */
export const CLI_TEXT: TextTable<TextKey> = { "zh-CN": zhCN, "en-US": enUS };

/** The CLI sentence `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function t(locale: Locale, key: TextKey, params: TextParams = {}): string {
  return textOf(CLI_TEXT, locale, key, params);
}

/** Both languages, Chinese first: for `--help`, read before any `--lang` applies. */
export function both(key: TextKey): string {
  return `${zhCN[key]} / ${enUS[key]}`;
}
