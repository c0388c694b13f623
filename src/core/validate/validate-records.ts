import type { FieldDef, Layout } from "../layout/schema";
import { issue, issueFrom, type Issue } from "../model/issue";
import { cellOf, type SourceRecord } from "../model/record";
import type { CheckContext } from "./check";
import { checkDuplicates } from "./duplicate-check";
import { TYPE_CHECKS } from "./type-checks";

export interface ValidateOptions {
  city?: string;
}

/** Where the sheet's fields are: the column of each field found in the header, and the required fields found in none. */
export interface SheetColumns {
  /** Field → 1-based source column (the recogniser's `detection.columns`). */
  byField: ReadonlyMap<string, number>;
  /** Required fields whose whole column is absent: one header-row issue each, raised by the caller. */
  absent: readonly string[];
}

/**
 * Checks every record of a sheet against its layout: required values, each field's type checks,
 * then duplicates (unless the caller looks for them over many sheets). Canonical values replace
 * the written ones in the records (`建设中` → 4), each rewrite reported as `normalized-value`. A value filled from the info line is reported once.
 * Every issue about a cell names its column, an empty cell's too (from the field's column on the
 * sheet). Fields in `columns.absent` (required columns missing from the header) are not checked per row.
 */
export function validateRecords(layout: Layout, records: SourceRecord[], ctx: CheckContext, columns: SheetColumns = { byField: new Map(), absent: [] }, duplicates = true): Issue[] {
  const issues: Issue[] = [];
  // A required column the sheet lacks is one sheet-level issue, not one per row.
  const absent = new Set(columns.absent);
  const fields = layout.fields.filter((f) => !f.ignoredOnInput && !absent.has(f.name));
  const reportedInfo = new Set<string>();
  for (const record of records) {
    for (const field of fields) checkField(field, record, ctx, columns.byField, issues, reportedInfo);
  }
  if (duplicates) for (const i of checkDuplicates(layout, records, columns.byField)) issues.push(i);
  return issues;
}

function checkField(field: FieldDef, record: SourceRecord, ctx: CheckContext, columnOf: ReadonlyMap<string, number>, issues: Issue[], reportedInfo: Set<string>): void {
  const value = record.values[field.name];
  const cell = cellOf(record, field.name);
  // A form's values sit on several rows: the issue points at the value's own cell (a filled-down merge at the record's row).
  const row = cell && record.filled?.[field.name] !== "merged" ? cell.row : record.row;
  // An empty cell was not read, so it has no cell of its own: its column is the field's.
  const column = cell?.column ?? columnOf.get(field.name);
  const where = { field: field.name, row, ...(column !== undefined ? { column } : {}) };
  if (value === null || value === "") {
    if (field.required) issues.push(issue("missing-value", where));
    return;
  }
  const fromInfo = record.filled?.[field.name] === "info-line";
  for (const check of TYPE_CHECKS[field.type]) {
    // A later check sees an earlier one's rewrite (`共15000万元` → 15000 is then checked as suspicious).
    const findings = check(record.values[field.name] ?? value, field, ctx);
    if (!findings) continue;
    let stop = false;
    for (const f of findings) {
      const { rewrite, ...found } = f;
      if (rewrite !== undefined) record.values[field.name] = rewrite;
      if (!found.code) continue;
      if (fromInfo) {
        const once = `${field.name}\u0001${found.code}\u0001${value}`;
        if (reportedInfo.has(once)) continue;
        reportedInfo.add(once);
      }
      const part = found.code === "invalid-phone" || found.code === "invalid-email" ? found.params?.part : undefined;
      issues.push(issueFrom(found, { ...partWhere(record, field.name, part, where), value: String(value) }));
      if (found.code !== "normalized-value" && found.code !== "suspicious-value") stop = true;
    }
    if (stop) break;
  }
}

/**
 * Where an issue about one part of a value points: the sub-column that holds the part (`座机` of a
 * `联系电话` split into `手机 | 座机`), else the field's cell.
 */
function partWhere<T extends { row: number; column?: number }>(record: SourceRecord, field: string, part: unknown, where: T): T {
  const parts = record.parts?.[field];
  if (!parts || typeof part !== "string") return where;
  const holder = parts.find((p) => p.text.normalize("NFKC").includes(part));
  return holder ? { ...where, row: holder.cell.row, column: holder.cell.column } : where;
}
