/**
 * The minimal normalisation the rules need on their own (the engine's normaliser does more):
 * NFKC (full-width → half-width), trimmed; numbers as their decimal text; anything else is blank.
 */
export function ruleText(value: unknown): string {
  if (typeof value === "string") return value.normalize("NFKC").trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** `ruleText` with every space removed, for comparing names and codes (`学 校` = `学校`). */
export function ruleKey(value: unknown): string {
  return ruleText(value).replace(/\s+/g, "");
}
