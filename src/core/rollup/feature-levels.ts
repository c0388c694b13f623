import type { FieldValue } from "../model/record";
import { levelForCount } from "../rules/feature-level";
import { ruleKey } from "../rules/rule-text";

/**
 * The items an application ticked, of the form's own items (`form.items`): the form's derived list
 * (`ticked`) when the engine gives one, else the items field as written (`智能环境、智慧教学`); in
 * the form's order, each once.
 */
export function tickedItems(items: readonly string[], value: FieldValue | undefined, ticked?: unknown): string[] {
  const parts = Array.isArray(ticked) ? ticked : String(value ?? "").split(/[、,，;；/|\s]+/u);
  const found = new Set(parts.map(ruleKey).filter((key) => key !== ""));
  return items.filter((item) => found.has(ruleKey(item)));
}

/** The level reachable with these items (6 → A, 4–5 → B, 2–3 → C, else ""). */
export function reachableLevel(items: readonly string[]): string {
  return levelForCount(items.length);
}
