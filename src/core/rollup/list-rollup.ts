import { emptyValues } from "../layout/empty-values";
import type { Layout } from "../layout/schema";
import type { FieldValue, SourceRecord } from "../model/record";
import { nameKey } from "../roster/name-key";
import { duplicateKeyOf } from "../validate/duplicate-check";
import { canonicalDistrict } from "./district-order";
import { findDuplicates } from "./duplicates";
import { NO_ISSUES, type Entry } from "./entry";
import type { LayoutRoles } from "./layout-roles";
import { pointedFields, sheetPointedColumns } from "./pointed-cells";
import type { RollupKind, SheetInput } from "./rollup-kind";

function text(value: FieldValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * A record's values in the layout's column order, a blank district filled from the info line.
 * `own`: the record is the roll-up's, and its values (read in the layout's order, every field
 * present) are taken as they are rather than copied.
 */
function valuesInOrder(layout: Layout, roles: LayoutRoles, record: SourceRecord, infoDistrict: string | undefined, own: boolean): Record<string, FieldValue> {
  let values: Record<string, FieldValue> = record.values;
  if (!own) {
    // A copy of one object with every key already in order: each row's values share its shape.
    values = { ...emptyValues(layout) };
    for (const field of layout.fields) values[field.name] = record.values[field.name] ?? null;
  }
  // The engine fills a blank district from the info line; a record read without it gets it here.
  if (roles.district && text(values[roles.district]) === "" && infoDistrict) values[roles.district] = infoDistrict;
  return values;
}

/** The record holds the layout's fields and no other, in its order (as the engine reads them). */
function inLayoutOrder(layout: Layout, record: SourceRecord): boolean {
  let i = 0;
  for (const key in record.values) if (key !== layout.fields[i++]?.name) return false;
  return i === layout.fields.length;
}

/**
 * A list or sectioned list (and a form, one record per sheet): each record is a row of the merged
 * sheet, in the layout's own columns, `序号` (the field read but not kept) renumbered.
 */
export function listRollup(layout: Layout, roles: LayoutRoles, city: string | undefined, ownsFiles = false): RollupKind {
  const keyOf = (e: Entry) => duplicateKeyOf(layout, e);
  const pointed = pointedFields(layout, roles);
  return {
    fields: layout.fields.map((f) => f.name),
    perSheet: false,
    schoolColumn: roles.school,
    districtColumn: roles.district,
    numberColumn: layout.fields.find((f) => f.ignoredOnInput)?.name,
    entriesOf({ path, sheet, index, infoDistrict, period, rowIssues, nextOrder }: SheetInput): Entry[] {
      const table = sheet.kind === "word-table" ? { table: true as const } : {};
      const pointedOf = sheetPointedColumns(pointed, sheet.detection);
      return sheet.records.map((record) => {
        const values = valuesInOrder(layout, roles, record, infoDistrict, ownsFiles && inLayoutOrder(layout, record));
        const school = roles.school ? text(values[roles.school]) : "";
        return {
          order: nextOrder(),
          sheet: index,
          source: { path, sheet: sheet.sheet, row: record.row, ...table, ...(period ? { period } : {}) },
          values,
          columns: pointedOf(record),
          district: roles.district ? canonicalDistrict(values[roles.district], city) : null,
          school,
          schoolKey: nameKey(school),
          issues: rowIssues.get(record.row) ?? NO_ISSUES,
        };
      });
    },
    rowKey: (entry, index) => keyOf(entry) ?? `#${index}`,
    duplicates: (kept) => findDuplicates(kept, layout.duplicateKey, keyOf),
    complete: () => undefined,
  };
}
