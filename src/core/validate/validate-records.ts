import type { FieldDef, Layout } from "../layout/schema";
import { issue, type Issue } from "../model/issue";
import type { SourceRecord } from "../model/record";
import type { CheckContext } from "./check";
import { checkDuplicates } from "./duplicate-check";
import { TYPE_CHECKS } from "./type-checks";

export interface ValidateOptions {
  city?: string;
}

/**
 * Checks every record of a sheet against its layout: required values, each field's type checks,
 * then duplicates. Canonical values replace the written ones in the records (`建设中` → 4), each
 * rewrite reported as `normalized-value`. A value filled from the info line is reported once.
 * Fields in `absentColumns` (required columns missing from the header) are not checked per row.
 */
export function validateRecords(layout: Layout, records: SourceRecord[], ctx: CheckContext, absentColumns: readonly string[] = []): Issue[] {
  const issues: Issue[] = [];
  // A required column the sheet lacks is one sheet-level issue, not one per row.
  const absent = new Set(absentColumns);
  const fields = layout.fields.filter((f) => !f.ignoredOnInput && !absent.has(f.name));
  const reportedInfo = new Set<string>();
  for (const record of records) {
    for (const field of fields) checkField(field, record, ctx, issues, reportedInfo);
  }
  for (const i of checkDuplicates(layout, records)) issues.push(i);
  return issues;
}

function checkField(field: FieldDef, record: SourceRecord, ctx: CheckContext, issues: Issue[], reportedInfo: Set<string>): void {
  const value = record.values[field.name];
  const cell = record.cells[field.name];
  // A form's values sit on several rows: the issue points at the value's own cell (a filled-down merge at the record's row).
  const row = cell && record.filled?.[field.name] !== "merged" ? cell.row : record.row;
  const where = { field: field.name, row, ...(cell ? { column: cell.column } : {}) };
  if (value === null || value === "") {
    if (field.required) issues.push(issue("missing-value", where));
    return;
  }
  const fromInfo = record.filled?.[field.name] === "info-line";
  for (const check of TYPE_CHECKS[field.type]) {
    const findings = check(value, field, ctx);
    if (!findings) continue;
    let stop = false;
    for (const f of findings) {
      if (f.rewrite !== undefined) record.values[field.name] = f.rewrite;
      if (!f.code) continue;
      if (fromInfo) {
        const once = `${field.name}\u0001${f.code}\u0001${value}`;
        if (reportedInfo.has(once)) continue;
        reportedInfo.add(once);
      }
      issues.push(issue(f.code, { ...where, value: String(value), ...(f.params ? { params: f.params } : {}) }));
      if (f.code !== "normalized-value" && f.code !== "suspicious-value") stop = true;
    }
    if (stop) break;
  }
}
