import type { FieldDef } from "../layout/schema";
import type { CellValue } from "../model/grid";
import type { FieldValue } from "../model/record";
import { parseNumber } from "../normalize/number";
import { collapseSpaces, normalizeText } from "../normalize/text";

const KEEP_NUMBER = new Set<FieldDef["type"]>(["phone", "postcode", "contact", "stage", "level"]);

/**
 * A cell's value as a record holds it: numbers parsed for numeric fields (`"12.5万元"` → 12.5
 * when the field's unit is 万元), names with inner spaces collapsed, other text NFKC-trimmed.
 * Text that is not a number stays text, for the number check to report. `text` is the cell's
 * `normalizeText`, when the caller has it already.
 */
export function fieldValue(field: FieldDef, raw: CellValue, text?: string): FieldValue {
  if (raw === null || raw === "") return null;
  // A phone, postcode, stage or level written as a number is read by its rule as a number (a postcode that lost its leading 0).
  if (typeof raw === "number" && KEEP_NUMBER.has(field.type)) return Number.isFinite(raw) ? raw : null;
  if (field.type === "integer" || field.type === "number") {
    const n = parseNumber(raw);
    if (n && (n.unit === undefined || (field.unit !== undefined && field.unit.startsWith(n.unit)))) return n.value;
  }
  // `text`, when given, is `normalizeText(raw)` already computed by the caller.
  const normal = text ?? normalizeText(raw);
  const value = field.collapseSpaces ? collapseSpaces(normal) : normal;
  return value === "" ? null : value;
}
