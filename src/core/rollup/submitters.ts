import type { Submitter } from "../roster/match-roster";
import { nameKey } from "../roster/name-key";
import type { Entry } from "./entry";

/** Who submitted, by name key: the name as first written and every row sent. */
export function submitters(entries: readonly Entry[], nameOf: (e: Entry) => string): Submitter[] {
  const byKey = new Map<string, Submitter>();
  for (const entry of entries) {
    const name = nameOf(entry);
    const key = nameKey(name);
    if (key === "") continue;
    const found = byKey.get(key);
    const row = { path: entry.source.path, sheet: entry.source.sheet, row: entry.source.row };
    if (found) found.rows.push(row);
    else byKey.set(key, { name, rows: [row] });
  }
  return [...byKey.values()];
}
