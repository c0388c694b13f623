import { RuleArgumentError } from "./rule-argument-error";
import { ruleCount } from "./rule-number";
import { ruleKey } from "./rule-text";

/** The six application items of the Zhangjiagang form (seed 003), in the form's order. */
export const FEATURE_ITEMS = ["智能环境", "智慧教学", "三个课堂", "信息素养", "智慧管理", "创新实验"] as const;
export type FeatureItem = (typeof FEATURE_ITEMS)[number];

/** A school must apply for at least this many items (`invalid-choice` otherwise). */
export const MIN_FEATURE_ITEMS = 2;

export type FeatureLevel = "A" | "B" | "C" | "";

/** The item a text names (spaces and full-width ignored), or `undefined`. */
export function featureItem(value: unknown): FeatureItem | undefined {
  const key = ruleKey(value);
  return FEATURE_ITEMS.find((item) => item === key);
}

/** The level reachable with `n` accredited items: 6 → A, 4–5 → B, 2–3 → C, fewer → "". */
export function levelForCount(value: unknown): FeatureLevel {
  const n = ruleCount(value, "count");
  if (n > FEATURE_ITEMS.length) {
    throw new RuleArgumentError("count", "out-of-range", { value: n, min: 0, max: FEATURE_ITEMS.length });
  }
  if (n === 6) return "A";
  if (n >= 4) return "B";
  if (n >= MIN_FEATURE_ITEMS) return "C";
  return "";
}

/** An application is admissible with at least `MIN_FEATURE_ITEMS` items. */
export function meetsFeatureMinimum(items: readonly unknown[]): boolean {
  return new Set(items.map(featureItem).filter((item) => item !== undefined)).size >= MIN_FEATURE_ITEMS;
}
