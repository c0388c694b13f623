import type { Layout } from "../layout/schema";
import { issue, type Issue } from "../model/issue";
import type { SourceRecord } from "../model/record";
import { headerKey } from "../normalize/header-key";

/** The normalised duplicate key of a record (NFKC, spaces and case ignored), or `undefined` when all its parts are empty. */
export function duplicateKeyOf(layout: Layout, record: Pick<SourceRecord, "values">): string | undefined {
  if (layout.duplicateKey.length === 0) return undefined;
  let empty = true;
  const parts = layout.duplicateKey.map((f) => {
    const v = record.values[f];
    if (v !== null && v !== "") empty = false;
    return headerKey(v ?? "");
  });
  return empty ? undefined : parts.join("\u0001");
}

/**
 * `duplicate-row` for each record whose key appeared on an earlier row of the sheet (one Map, one
 * pass), at the cell of the key's first field (`columnOf` places it when that cell is empty).
 */
export function checkDuplicates(layout: Layout, records: readonly SourceRecord[], columnOf: ReadonlyMap<string, number> = new Map()): Issue[] {
  const first = new Map<string, SourceRecord>();
  const issues: Issue[] = [];
  const field = layout.duplicateKey[0];
  for (const record of records) {
    const key = duplicateKeyOf(layout, record);
    if (key === undefined) continue;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, record);
      continue;
    }
    const column = record.columns[field] ?? columnOf.get(field);
    issues.push(
      issue("duplicate-row", {
        field,
        row: record.row,
        ...(column !== undefined ? { column } : {}),
        value: layout.duplicateKey.map((f) => String(record.values[f] ?? "")).join(" / "),
        params: { firstRow: earlier.row, key: layout.duplicateKey.join(" + ") },
        rows: [{ row: earlier.row }, { row: record.row }],
      }),
    );
  }
  return issues;
}
