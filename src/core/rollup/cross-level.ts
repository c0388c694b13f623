import { issue, type LocatedIssue } from "../model/issue";
import type { Entry, SheetEntry } from "./entry";
import { baseName } from "./period";
import type { RejectedRow } from "./result";

/** One school's rows of an older sheet left out for its rows of a newer one. */
export interface Replacement {
  school: string;
  /** The rows kept (of the newer sheet). */
  kept: Entry[];
  /** The rows left out (of the older sheet). */
  replaced: Entry[];
}

export interface SourceChoice {
  kept: Entry[];
  rejected: RejectedRow[];
  /** `superseded-file`, one per school and replaced sheet, on the first kept row. */
  issues: LocatedIssue[];
  replacements: Replacement[];
}

export interface SourceChoiceOptions {
  /** Compare files by time and name markers (the resubmission round); false keeps every version (`--keep-all`). */
  versions: boolean;
}

/**
 * Decides, per period and school, which sheets' rows of the school stay in the roll-up.
 *
 * Each sheet has a version: its file's modification time when every sheet naming the school has
 * one (else none), then the name's correction rank (`correctionRank`), then its breadth (how many
 * schools it lists). For each row, the best sheet naming the same school in the same district (or
 * either district unknown) is the one with the highest version; the row leaves the roll-up when that
 * sheet's version is strictly higher than its own sheet's:
 * - `covered-by-rollup` when the best sheet is wider and not older — a school's own file beside the
 *   county roll-up that lists it (the official channel); an older school file stays covered;
 * - `superseded-file` otherwise — an older file of the same school (`某校.xlsx` beside
 *   `某校（修改）.xlsx`), or a wider file whose row for the school is replaced by the school's own
 *   newer or correction-marked file. A `superseded-file` warning names both files.
 * Sheets whose versions are equal (the same school twice, nothing to tell them apart) are both kept:
 * that is a `duplicate-row`. Without `versions` only breadth counts: the rule before resubmissions.
 * The whole school is taken from one sheet, never half from one and half from another.
 */
export function chooseSources(entries: readonly Entry[], sheets: readonly SheetEntry[], options: SourceChoiceOptions): SourceChoice {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.schoolKey === "") continue;
    const key = `${sheets[entry.sheet].period ?? ""}\u0000${entry.schoolKey}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const dropped = new Map<Entry, { by: Entry; reason: RejectedRow["reason"] }>();
  for (const group of groups.values()) {
    const sheetIds = [...new Set(group.map((e) => e.sheet))];
    if (sheetIds.length < 2) continue;
    const timed = options.versions && sheetIds.every((s) => sheets[s].modified !== undefined);
    const age = (s: number): number[] => (!options.versions ? [] : timed ? [sheets[s].modified!, sheets[s].correction] : [sheets[s].correction]);
    const version = (s: number): number[] => [...age(s), sheets[s].breadth];
    for (const entry of group) {
      let best: Entry | undefined;
      for (const other of group) {
        if (other.district !== null && entry.district !== null && other.district !== entry.district) continue;
        if (!best || compare(version(other.sheet), version(best.sheet)) > 0) best = other;
      }
      if (!best || compare(version(best.sheet), version(entry.sheet)) <= 0) continue;
      // The best sheet beats this one by version: by breadth at equal age (or being newer and wider)
      // it covers the row; narrower or as wide, it can only be newer — a later file of the school.
      const wider = sheets[best.sheet].breadth > sheets[entry.sheet].breadth;
      dropped.set(entry, { by: best, reason: wider ? "covered-by-rollup" : "superseded-file" });
    }
  }
  const kept: Entry[] = [];
  const rejected: RejectedRow[] = [];
  const replaced = new Map<string, Replacement>();
  for (const entry of entries) {
    const drop = dropped.get(entry);
    if (!drop) {
      kept.push(entry);
      continue;
    }
    rejected.push({ source: entry.source, reason: drop.reason, values: entry.values, keptRow: drop.by.source });
    if (drop.reason !== "superseded-file") continue;
    const key = `${entry.sheet}\u0000${drop.by.sheet}\u0000${entry.schoolKey}`;
    const found = replaced.get(key);
    if (found) found.replaced.push(entry);
    else replaced.set(key, { school: drop.by.school || entry.school, kept: [], replaced: [entry] });
  }
  const issues: LocatedIssue[] = [];
  const replacements = [...replaced.entries()].map(([key, replacement]) => {
    const [, keptSheet, schoolKey] = key.split("\u0000");
    replacement.kept = kept.filter((e) => e.sheet === Number(keptSheet) && e.schoolKey === schoolKey);
    return replacement;
  });
  for (const { school, kept: rows, replaced: older } of replacements) {
    const first = rows[0];
    if (!first) continue;
    issues.push({
      ...issue("superseded-file", {
        row: first.source.row,
        value: school,
        rows: [...older, ...rows].map(({ source: { path, sheet, row } }) => ({ path, sheet, row })),
        params: { school, file: baseName(first.source.path), earlierFile: baseName(older[0].source.path), count: older.length },
      }),
      path: first.source.path,
      sheet: first.source.sheet,
    });
  }
  return { kept, rejected, issues, replacements };
}

/** Lexicographic order of two versions. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
