import { fill, type TextParams } from "./fill";
import type { Locale } from "./locale";

/**
 * The one shape of a table of texts: for each locale, a `{name}` template per key. Every adapter's
 * own sentences (CLI, pane, file reader, rule arguments, learned layouts) are tables of this shape,
 * and one parity test checks every table's keys and placeholders across the locales.
 */
export type TextTable<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

/** The text of `key` in `locale`, its placeholders filled from `params`. */
export function textOf<K extends string>(table: TextTable<K>, locale: Locale, key: K, params?: TextParams): string {
  return fill((table[locale] ?? table["zh-CN"])[key], params);
}

