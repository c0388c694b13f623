import type { Entry, SheetEntry } from "./entry";
import type { RejectedRow } from "./result";

/**
 * Keeps a school from being counted twice when it arrives at two levels (its own file and a county
 * roll-up that lists it, or a county roll-up and the city's). Within one period, the rows of a school
 * on a sheet are dropped (`covered-by-rollup`) when a strictly wider sheet — one listing more schools —
 * lists the same school in the same district (or either district is unknown). The widest sheet is the
 * official channel and is kept. Sheets of equal width are both kept: that is a `duplicate-row`.
 */
export function dropCoveredSchools(entries: readonly Entry[], sheets: readonly SheetEntry[]): { kept: Entry[]; rejected: RejectedRow[] } {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.schoolKey === "") continue;
    const key = `${sheets[entry.sheet].period ?? ""}\u0000${entry.schoolKey}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const dropped = new Map<Entry, Entry>();
  for (const group of groups.values()) {
    if (new Set(group.map((e) => e.sheet)).size < 2) continue;
    for (const entry of group) {
      const breadth = sheets[entry.sheet].breadth;
      // The widest qualifying sheet, so a chain school → county → city ends at the top.
      let wider: Entry | undefined;
      for (const other of group) {
        const otherBreadth = sheets[other.sheet].breadth;
        if (otherBreadth <= breadth) continue;
        if (other.district !== null && entry.district !== null && other.district !== entry.district) continue;
        if (!wider || otherBreadth > sheets[wider.sheet].breadth) wider = other;
      }
      if (wider) dropped.set(entry, wider);
    }
  }
  const kept: Entry[] = [];
  const rejected: RejectedRow[] = [];
  for (const entry of entries) {
    const by = dropped.get(entry);
    if (by) rejected.push({ source: entry.source, reason: "covered-by-rollup", values: entry.values, keptRow: by.source });
    else kept.push(entry);
  }
  return { kept, rejected };
}
