import type { LocatedIssue } from "../model/issue";
import { issue } from "../model/issue";
import { stageCode } from "../rules/stages";
import type { Entry, SheetEntry } from "./entry";
import type { RejectedRow, RowSource } from "./result";

export interface PeriodOutcome {
  kept: Entry[];
  rejected: RejectedRow[];
  /** The earlier periods' rows of each kept row's school, oldest first. */
  earlier: Map<Entry, Array<{ source: RowSource; values: Entry["values"] }>>;
  issues: LocatedIssue[];
  periods: string[];
}

function stageOf(entry: Entry, stageField: string): number | undefined {
  return stageCode(entry.values[stageField])?.code;
}

/**
 * Monthly reports over several periods. The roll-up shows each school's latest period; the rows of
 * its earlier periods leave the roll-up as `superseded-period` and stay attached to the kept row.
 * A school whose stage in a period is lower than the highest stage of any earlier period gets
 * `stage-regressed` on the later row, pointing at both rows. A sheet with no known period counts as
 * the earliest. Rows without a school name are kept as they are.
 */
export function latestPeriodPerSchool(entries: readonly Entry[], sheets: readonly SheetEntry[], stageField: string | undefined): PeriodOutcome {
  const periodOf = (e: Entry) => sheets[e.sheet].period ?? "";
  const periods = [...new Set(entries.map(periodOf))].filter((p) => p !== "").sort();
  const bySchool = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.schoolKey === "") continue;
    const group = bySchool.get(entry.schoolKey);
    if (group) group.push(entry);
    else bySchool.set(entry.schoolKey, [entry]);
  }
  const superseded = new Map<Entry, Entry>();
  const earlier = new Map<Entry, Array<{ source: RowSource; values: Entry["values"] }>>();
  const issues: LocatedIssue[] = [];
  for (const group of bySchool.values()) {
    const ordered = [...group].sort((a, b) => (periodOf(a) < periodOf(b) ? -1 : periodOf(a) > periodOf(b) ? 1 : a.order - b.order));
    const latest = periodOf(ordered[ordered.length - 1]);
    const latestRows = ordered.filter((e) => periodOf(e) === latest);
    const older = ordered.filter((e) => periodOf(e) !== latest);
    for (const e of older) superseded.set(e, latestRows[0]);
    if (older.length > 0) for (const kept of latestRows) earlier.set(kept, older.map((e) => ({ source: e.source, values: e.values })));
    if (stageField === undefined) continue;
    // The highest stage reached in any earlier period, and the row that reported it.
    let best: { entry: Entry; stage: number; period: string } | undefined;
    let index = 0;
    while (index < ordered.length) {
      const period = periodOf(ordered[index]);
      const inPeriod: Entry[] = [];
      while (index < ordered.length && periodOf(ordered[index]) === period) inPeriod.push(ordered[index++]);
      for (const entry of inPeriod) {
        const stage = stageOf(entry, stageField);
        if (stage === undefined || best === undefined || stage >= best.stage) continue;
        const column = entry.columns[stageField];
        issues.push({
          ...issue("stage-regressed", {
            field: stageField,
            row: entry.source.row,
            ...(column !== undefined ? { column } : {}),
            value: String(stage),
            rows: [best.entry.source, entry.source].map(({ path, sheet, row }) => ({ path, sheet, row })),
            params: { school: entry.school, stage, earlierStage: best.stage, period, earlierPeriod: best.period },
          }),
          path: entry.source.path,
          sheet: entry.source.sheet,
          ...(entry.source.table ? { table: true as const } : {}),
        });
      }
      for (const entry of inPeriod) {
        const stage = stageOf(entry, stageField);
        if (stage !== undefined && (best === undefined || stage > best.stage)) best = { entry, stage, period };
      }
    }
  }
  const kept: Entry[] = [];
  const rejected: RejectedRow[] = [];
  for (const entry of entries) {
    const by = superseded.get(entry);
    if (by) rejected.push({ source: entry.source, reason: "superseded-period", values: entry.values, keptRow: by.source });
    else kept.push(entry);
  }
  return { kept, rejected, earlier, issues, periods };
}
