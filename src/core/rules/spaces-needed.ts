import { RuleArgumentError } from "./rule-argument-error";
import { ruleCount } from "./rule-number";
import { ruleKey } from "./rule-text";
import { schoolType } from "./school-stage";

/**
 * Ningbo's benchmark requirement (seed 004): 小学每 18 个班级配备新型教学空间不低于 3 个，
 * 中学每年级配备新型教学空间不低于 2 个.
 */
export const SPACES_RULE = {
  小学: { spaces: 3, per: 18, count: "班级数" },
  中学: { spaces: 2, per: 1, count: "年级数" },
} as const;

const EXPECTED = "小学（班级数）、初中/高中/中学（年级数）";

/**
 * New teaching spaces required. 小学: `count` = classes, `⌈classes × 3 / 18⌉` — the share is
 * proportional and rounded up, since the notice sets a minimum ("不低于"): 18 classes → 3,
 * 19 → 4, 24 → 4, 36 → 6, 1 → 1. 初中/高中 (or 中学): `count` = grades, `grades × 2` (no rounding).
 * 完中/九年一贯/十二年一贯 span both rules: refused, compute each part with its own count.
 */
export function spacesNeeded(count: unknown, stage: unknown): number {
  const n = ruleCount(count, "count");
  const key = ruleKey(stage);
  if (key === "") throw new RuleArgumentError("stage", "blank");
  const type = key === "中学" ? "中学" : schoolType(key)?.type;
  if (type === "小学") return Math.ceil((n * SPACES_RULE.小学.spaces) / SPACES_RULE.小学.per);
  if (type === "初中" || type === "高中" || type === "中学") return n * SPACES_RULE.中学.spaces;
  if (type === "完中" || type === "九年一贯" || type === "十二年一贯") {
    throw new RuleArgumentError("stage", "stage-mixed", { value: key, expected: EXPECTED });
  }
  throw new RuleArgumentError("stage", "stage-not-covered", { value: key, expected: EXPECTED });
}
