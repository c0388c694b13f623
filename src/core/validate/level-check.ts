import { indicatorLevel, LEVELS } from "../rules/indicator-grade";
import type { ValueCheck } from "./check";

/**
 * An indicator's level: one of A–D (a letter or word, `完全实现` → A). Several marks or an unknown
 * mark: `invalid-choice`.
 */
export const checkLevel: ValueCheck = (value) => {
  const reading = indicatorLevel([value]);
  const expected = LEVELS.join("、");
  if (!("level" in reading)) return [{ code: "invalid-choice", params: { expected, reason: reading.problem } }];
  if (reading.level === value) return undefined;
  return [{ rewrite: reading.level }];
};
