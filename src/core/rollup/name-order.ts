/**
 * The order of names in the roll-up: Chinese collation (pinyin), as Excel sorts a column for a
 * zh-CN user. One collator for every comparison: `localeCompare` with a locale builds one per call.
 */
const COLLATOR = new Intl.Collator("zh-CN");

export function compareNames(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}
