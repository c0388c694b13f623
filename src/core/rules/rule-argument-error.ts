/**
 * Why an argument of a rule was refused. A rule never answers a bad argument with a plausible
 * value: it throws this, and each caller (the engine, the worksheet functions) decides what the
 * person sees. The text lives in `rule-argument-messages.ts`, one table per locale.
 */
export type RuleArgumentReason =
  /** Not a number, nor text that reads as one. */
  | "not-a-number"
  /** A count below zero. */
  | "negative"
  /** A count with a fraction. */
  | "not-whole"
  /** A number outside the accepted range (`{min}`–`{max}`). */
  | "out-of-range"
  /** Empty where a value is needed. */
  | "blank"
  /** A code that names nothing (stage 8). Worksheet functions show `#N/A`. */
  | "unknown-code"
  /** A text that names nothing the rule knows (a stage, a level, a school stage, an item). */
  | "unknown-value"
  /** A range of the wrong size (`{rows}`×`{columns}` given, `{expected}` asked). */
  | "bad-shape"
  /** One row of a range holds no mark (`{row}`). */
  | "row-missing"
  /** One row of a range holds several marks (`{row}`). */
  | "row-multiple"
  /** One row of a range holds something that is not a mark (`{row}`, `{value}`). */
  | "row-invalid"
  /** A school stage the rule does not cover (`中职`, `幼儿园`). */
  | "stage-not-covered"
  /** A school that spans several stages (`九年一贯`): the rule applies to one stage at a time. */
  | "stage-mixed";

export type RuleArgumentParams = Record<string, string | number>;

export class RuleArgumentError extends Error {
  constructor(
    /** The argument's name as the rule declares it (`students`, `rate`, `range`). */
    readonly argument: string,
    readonly reason: RuleArgumentReason,
    readonly params: RuleArgumentParams = {},
  ) {
    super(`${argument}: ${reason}${Object.keys(params).length ? " " + JSON.stringify(params) : ""}`);
    this.name = "RuleArgumentError";
  }
}

export function isRuleArgumentError(error: unknown): error is RuleArgumentError {
  return error instanceof RuleArgumentError;
}
