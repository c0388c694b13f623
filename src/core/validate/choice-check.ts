import type { FieldDef } from "../layout/schema";
import { headerKey } from "../normalize/header-key";
import type { ValueCheck } from "./check";

const INDEX = new WeakMap<FieldDef, Map<string, { value: string; exact: boolean }>>();

function indexOf(field: FieldDef): Map<string, { value: string; exact: boolean }> {
  let index = INDEX.get(field);
  if (!index) {
    index = new Map();
    for (const choice of field.choices ?? []) {
      index.set(headerKey(choice.value), { value: choice.value, exact: true });
      for (const s of choice.synonyms) if (!index.has(headerKey(s))) index.set(headerKey(s), { value: choice.value, exact: false });
    }
    INDEX.set(field, index);
  }
  return index;
}

/** `invalid-choice` when not an allowed value; a synonym is rewritten to its value (`normalized-value`). */
export const checkChoice: ValueCheck = (value, field) => {
  const text = String(value);
  const found = indexOf(field).get(headerKey(text));
  const expected = (field.choices ?? []).map((c) => c.value).join("、");
  if (!found) return [{ code: "invalid-choice", params: { expected } }];
  if (found.exact && found.value === text) return undefined;
  return [{ code: "normalized-value", rewrite: found.value, params: { to: found.value } }];
};
