import type { FieldDef, Layout } from "../layout/schema";
import type { IssueFinding } from "../model/issue";
import type { FieldValue } from "../model/record";

/**
 * What a check found about one value: an issue code, and the canonical value when it rewrote one.
 * A finding without a code is a silent rewrite (the code `"4"` stored as the number 4).
 */
export type Finding = (IssueFinding | { code?: undefined; params?: undefined }) & {
  /** The value as the report should hold it (`建设中` → 4, `吴兴` → `吴兴区`). */
  rewrite?: FieldValue;
};

export interface CheckContext {
  layout: Layout;
  /** City whose districts are legal (option, layout's city, or inferred from the districts seen). */
  city?: string;
}

/**
 * A check of one non-empty value of a field: returns findings, or nothing when the value is fine.
 * Checks never build sentences; messages come from `src/core/messages/`.
 */
export type ValueCheck = (value: Exclude<FieldValue, null>, field: FieldDef, ctx: CheckContext) => Finding[] | undefined;
