import { stageCode } from "../rules/stages";
import type { ValueCheck } from "./check";

/** 月度工作进展情况: a whole number 1–7, or a stage's text rewritten to its code (`建设中` → 4, `normalized-value`). */
export const checkStage: ValueCheck = (value) => {
  const reading = stageCode(value);
  if (!reading) return [{ code: "invalid-choice", params: { expected: "1–7" } }];
  if (reading.normalized) return [{ code: "normalized-value", rewrite: reading.code, params: { to: reading.code } }];
  return value === reading.code ? undefined : [{ rewrite: reading.code }];
};
