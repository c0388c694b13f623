import type { LocatedIssue } from "../model/issue";
import { issue } from "../model/issue";
import type { Entry } from "./entry";

/**
 * `duplicate-row` for every row whose key was already seen in the roll-up, in the same file or
 * another. `keyOf` gives a row's normalised key (the engine's `duplicateKeyOf` for the layout's
 * duplicate key), undefined when its key fields are all empty (their `missing-value` says enough).
 * Each issue sits on the repeat and points at every row of its group.
 */
export function findDuplicates(entries: readonly Entry[], keyFields: readonly string[], keyOf: (entry: Entry) => string | undefined): LocatedIssue[] {
  if (keyFields.length === 0) return [];
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const issues: LocatedIssue[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const rows = group.map(({ source: { path, sheet, row } }) => ({ path, sheet, row }));
    for (const repeat of group.slice(1)) {
      issues.push({
        ...issue("duplicate-row", {
          field: keyFields[0],
          row: repeat.source.row,
          ...(repeat.columns[keyFields[0]] !== undefined ? { column: repeat.columns[keyFields[0]] } : {}),
          value: keyFields.map((f) => String(repeat.values[f] ?? "")).join(" / "),
          rows,
          params: {
            key: keyFields.join(" + "),
            count: group.length,
            // "与第 N 行重复" only where N is on the same sheet.
            ...(group[0].source.path === repeat.source.path && group[0].source.sheet === repeat.source.sheet ? { firstRow: group[0].source.row } : {}),
          },
        }),
        path: repeat.source.path,
        sheet: repeat.source.sheet,
        ...(repeat.source.table ? { table: true as const } : {}),
      });
    }
  }
  return issues;
}
