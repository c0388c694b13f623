import type { LocatedIssue } from "../model/issue";
import type { Replacement } from "./cross-level";
import type { Entry, SheetEntry } from "./entry";
import type { Resubmission } from "./result";

/**
 * What changed for each school that sent a newer file: its issues in the file left out against
 * those in the file kept. An issue is the same when its code and field are and it sits on the same
 * row of the school's data (`rowKey`: the layout's duplicate key, else the row's place among the
 * school's rows), so a row moved down by an inserted line is still the same row. A school's own
 * file (one school on the sheet) brings its sheet-level issues too (a missing column, a Taizhou
 * indicator left blank), compared by code, field and row.
 */
export function resubmissionChanges(
  replacements: readonly Replacement[],
  sheets: readonly SheetEntry[],
  sheetIssues: ReadonlyMap<number, readonly LocatedIssue[]>,
  rowKey: (entry: Entry, index: number) => string,
): Resubmission[] {
  const issuesOf = (rows: readonly Entry[]): Array<[string, LocatedIssue]> => {
    if (rows.length === 0) return [];
    const out: Array<[string, LocatedIssue]> = [];
    rows.forEach((entry, index) => {
      const key = rowKey(entry, index);
      for (const found of entry.issues) out.push([`${found.code}\u0000${found.field ?? ""}\u0000${key}`, found]);
    });
    const sheet = rows[0].sheet;
    if (sheets[sheet].breadth === 1) {
      for (const found of sheetIssues.get(sheet) ?? []) out.push([`${found.code}\u0000${found.field ?? ""}\u0000@${found.row ?? ""}`, found]);
    }
    return numbered(out);
  };
  return replacements
    .filter((r) => r.kept.length > 0)
    .map(({ school, kept, replaced }) => {
      const before = issuesOf(replaced);
      const after = issuesOf(kept);
      const beforeKeys = new Set(before.map(([k]) => k));
      const afterKeys = new Set(after.map(([k]) => k));
      return {
        school,
        path: kept[0].source.path,
        sheet: kept[0].source.sheet,
        earlierPath: replaced[0].source.path,
        earlierSheet: replaced[0].source.sheet,
        fixed: before.filter(([k]) => !afterKeys.has(k)).map(([, i]) => i),
        open: after.filter(([k]) => beforeKeys.has(k)).map(([, i]) => i),
        added: after.filter(([k]) => !beforeKeys.has(k)).map(([, i]) => i),
      };
    });
}

/** Keys made unique by their occurrence (two bad parts of one contact cell are two issues). */
function numbered(list: Array<[string, LocatedIssue]>): Array<[string, LocatedIssue]> {
  const seen = new Map<string, number>();
  return list.map(([key, found]) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return [`${key}\u0000${n}`, found];
  });
}
