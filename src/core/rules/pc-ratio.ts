import { RuleArgumentError } from "./rule-argument-error";
import { ruleCount } from "./rule-number";
import { ruleKey } from "./rule-text";
import { schoolType } from "./school-stage";

/**
 * Taizhou indicator #5 (seed 001): 教学用计算机有效生机比 高中 5:1，初中 6:1，小学 7:1 —
 * at most this many students per teaching computer.
 */
export const PC_RATIO = { 小学: 7, 初中: 6, 高中: 5 } as const;
export type PcRatioStage = keyof typeof PC_RATIO;

const EXPECTED = "小学、初中、高中";

/**
 * The indicator's stage for a stage word. A school spanning stages (完中, 九年一贯, 十二年一贯, a
 * bare 中学) is refused with `stage-mixed`: one ratio cannot be checked on a mixed enrolment, so
 * each stage is checked with its own students and computers. 中职 (and anything not a 中小学 stage)
 * is refused with `stage-not-covered`: the indicators are for 中小学 only.
 */
export function pcRatioStage(value: unknown): PcRatioStage {
  const key = ruleKey(value);
  if (key === "") throw new RuleArgumentError("stage", "blank");
  const type = key === "中学" ? "中学" : schoolType(key)?.type;
  if (type === "小学" || type === "初中" || type === "高中") return type;
  if (type === "完中" || type === "九年一贯" || type === "十二年一贯" || type === "中学") {
    throw new RuleArgumentError("stage", "stage-mixed", { value: key, expected: EXPECTED });
  }
  throw new RuleArgumentError("stage", "stage-not-covered", { value: key, expected: EXPECTED });
}

/**
 * Whether 生机比 meets the stage's ratio: `students ≤ ratio × computers` (exact, no division).
 * Students must be a whole number ≥ 1, computers a whole number ≥ 0 (none: not met).
 */
export function meetsPcRatio(students: unknown, computers: unknown, stage: unknown): boolean {
  const s = ruleCount(students, "students", 1);
  const c = ruleCount(computers, "computers");
  return s <= PC_RATIO[pcRatioStage(stage)] * c;
}
