import type { IssueParams, LocatedIssue } from "../model/issue";
import { issue } from "../model/issue";
import { nameKey } from "./name-key";
import type { RosterEntry } from "./roster-entry";
import { suggestName } from "./suggest-name";

/** A school (or district) that submitted, with every source row it sent. */
export interface Submitter {
  name: string;
  rows: Array<{ path: string; sheet: string; row: number }>;
}

export interface RosterMatch {
  issues: LocatedIssue[];
  /** Roster entries that submitted. */
  matched: number;
}

/**
 * Compares who submitted with who must (docs/DOMAIN.md#rosters): `not-submitted` for each roster entry with
 * no submission, `not-on-roster` for each submitting school not on it. A typo shows in both lists, each
 * naming the other as `params.suggestion`.
 * School entries match `schools`; district entries match `districts` through `districtKey` (so `吴兴`
 * matches `吴兴区`).
 */
export function matchRoster(
  roster: readonly RosterEntry[],
  submitted: { schools: readonly Submitter[]; districts: readonly Submitter[] },
  fields: { school?: string; district: string },
  districtKey: (name: string) => string = nameKey,
): RosterMatch {
  const issues: LocatedIssue[] = [];
  let matched = 0;
  for (const kind of ["school", "district"] as const) {
    const entries = roster.filter((e) => e.kind === kind);
    if (entries.length === 0) continue;
    const keyOf = kind === "school" ? nameKey : (name: string) => districtKey(nameKey(name));
    const field = kind === "school" ? fields.school : fields.district;
    const named = field !== undefined ? { field } : {};
    const submitters = kind === "school" ? submitted.schools : submitted.districts;
    const rosterKeys = new Set(entries.map((e) => keyOf(e.name)));
    const submittedKeys = new Set(submitters.map((s) => keyOf(s.name)));
    const unmatchedEntries = entries.filter((e) => !submittedKeys.has(keyOf(e.name)));
    const strangers = submitters.filter((s) => !rosterKeys.has(keyOf(s.name)));
    matched += entries.length - unmatchedEntries.length;
    const entryByKey = new Map(entries.map((e) => [keyOf(e.name), e] as const));
    const strangerByKey = new Map(strangers.map((s) => [keyOf(s.name), s] as const));
    // Unmatched roster names first: a typo's right spelling is the entry that did not submit.
    const rosterCandidates = [...unmatchedEntries, ...entries.filter((e) => !unmatchedEntries.includes(e))].map((e) => keyOf(e.name));
    const strangerCandidates = strangers.map((s) => keyOf(s.name));

    for (const entry of unmatchedEntries) {
      const suggestion = suggestName(keyOf(entry.name), strangerCandidates);
      const params: IssueParams<"not-submitted"> = {};
      if (suggestion !== undefined) params.suggestion = strangerByKey.get(suggestion)!.name;
      if (entry.district !== undefined && kind === "school") params.district = entry.district;
      if (entry.schoolType !== undefined) params.schoolType = entry.schoolType;
      issues.push({
        ...issue("not-submitted", { ...named, value: entry.name, ...(entry.row !== undefined ? { row: entry.row } : {}), params }),
        ...(entry.path !== undefined ? { path: entry.path } : {}),
        ...(entry.sheet !== undefined ? { sheet: entry.sheet } : {}),
      });
    }
    for (const stranger of strangers) {
      const suggestion = suggestName(keyOf(stranger.name), rosterCandidates);
      const first = stranger.rows[0];
      issues.push({
        ...issue("not-on-roster", {
          ...named,
          value: stranger.name,
          ...(first ? { row: first.row } : {}),
          rows: stranger.rows.map((r) => ({ path: r.path, sheet: r.sheet, row: r.row })),
          params: suggestion !== undefined ? { suggestion: entryByKey.get(suggestion)!.name } : {},
        }),
        ...(first ? { path: first.path, sheet: first.sheet } : {}),
      });
    }
  }
  return { issues, matched };
}
