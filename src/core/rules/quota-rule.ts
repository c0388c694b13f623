import { RuleArgumentError } from "./rule-argument-error";
import { ruleCount, ruleNumber } from "./rule-number";
import { ruleText } from "./rule-text";

/** The pilot notice's rates (seed 002): 区域 20% of a city's county-level divisions, 学校 1.1% of its schools. */
export const QUOTA_RULE_RATES = { 区域: 0.2, 学校: 0.011 } as const;

export type PilotKind = keyof typeof QUOTA_RULE_RATES;

/**
 * The published allocation (seed 002, 附件2): authoritative for the roll-up's `quota-exceeded`.
 * The notice's rule does not reproduce it exactly (see `quotaByRule`).
 */
export const PILOT_QUOTA_TABLE: Readonly<Record<string, Readonly<Record<PilotKind, number>>>> = {
  杭州市: { 区域: 3, 学校: 9 },
  宁波市: { 区域: 2, 学校: 8 },
  温州市: { 区域: 3, 学校: 10 },
  嘉兴市: { 区域: 2, 学校: 3 },
  湖州市: { 区域: 1, 学校: 3 },
  绍兴市: { 区域: 1, 学校: 5 },
  金华市: { 区域: 2, 学校: 7 },
  衢州市: { 区域: 1, 学校: 3 },
  舟山市: { 区域: 1, 学校: 2 },
  台州市: { 区域: 2, 学校: 7 },
  丽水市: { 区域: 2, 学校: 3 },
};

/**
 * A rate as written: a fraction (0.2), a percentage text (`20%`, `１.1％`) or a fraction text
 * (`0.2`). Must lie in 0–1: a bare 20 is refused rather than guessed to mean 20%.
 */
export function parseRate(value: unknown, argument = "rate"): number {
  const text = ruleText(value);
  const percent = /^(.*?)\s*%$/.exec(text);
  const rate = percent && typeof value === "string" ? ruleNumber(percent[1], argument) / 100 : ruleNumber(value, argument);
  if (rate < 0 || rate > 1) throw new RuleArgumentError(argument, "out-of-range", { value: text, min: "0%", max: "100%" });
  return rate;
}

/**
 * The notice's rule: `count × rate`, rounded half up (四舍五入) to a whole quota.
 *
 * Against the published table, with the division counts of `districts.ts`: half-up reproduces 9
 * of 11 cities' 区域 quotas (温州 12 × 20% = 2.4 → 2 but 3 published; 嘉兴 7 × 20% = 1.4 → 1
 * but 2 published). Rounding up also matches 9 of 11 (it misses 绍兴 and 衢州, 6 × 20% = 1.2 → 2
 * but 1 published) and rounding down only 4. Half-up is chosen because the province's total
 * under it is exactly 20% of its 90 divisions (18), whereas rounding up inflates it to 22, and it
 * never allows more than the rule's exact share plus one half. The table stays authoritative.
 *
 * The product is first rounded to 12 significant digits so that binary fractions do not flip a
 * result (1000 × 1.1% is 11, not 10.999…).
 */
export function quotaByRule(count: unknown, rate: unknown): number {
  const n = ruleCount(count, "count");
  const r = parseRate(rate);
  const exact = Number((n * r).toPrecision(12));
  return Math.floor(exact + 0.5);
}
