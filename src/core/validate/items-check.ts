import type { ValueCheck } from "./check";

/** A form's ticked items: at least the layout's `form.minItems` (`invalid-choice` otherwise). */
export const checkItems: ValueCheck = (value, _field, ctx) => {
  const min = ctx.layout.form?.minItems ?? 0;
  const count = String(value).split("、").filter((s) => s !== "").length;
  return count < min ? [{ code: "invalid-choice", params: { min, count, expected: (ctx.layout.form?.items ?? []).join("、") } }] : undefined;
};
