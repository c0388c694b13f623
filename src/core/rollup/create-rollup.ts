import type { Layout } from "../layout/schema";
import { requireLayout } from "../layouts/unknown-layout-error";
import type { LocatedIssue } from "../model/issue";
import type { FieldValue, SkippedRow, SkipReason } from "../model/record";
import type { SheetResult } from "../model/sheet-result";
import { resolveDistrict } from "../rules/districts";
import { matchRoster } from "../roster/match-roster";
import { chooseSources } from "./cross-level";
import { correctionRank } from "./correction-marker";
import { districtRank } from "./district-order";
import type { Entry, SheetEntry } from "./entry";
import { formRollup } from "./form-rollup";
import { indicatorRollup } from "./indicator-rollup";
import { layoutRoles, type LayoutRoles } from "./layout-roles";
import { listRollup } from "./list-rollup";
import { compareNames } from "./name-order";
import type { RollupOptions } from "./options";
import { periodOf } from "./period";
import { latestPeriodPerSchool } from "./progress-periods";
import type { TableRows } from "./quota-table";
import { checkQuotas } from "./quotas";
import type { FileEntry, MergedRow, RejectedRow, RollupResult } from "./result";
import { resubmissionChanges } from "./resubmission-changes";
import type { RollupKind } from "./rollup-kind";
import type { SubmittedFile } from "./submitted-file";
import { submitters } from "./submitters";
import { districtTotals } from "./totals";

/** A roll-up fed one file at a time; it keeps records, never grids. */
export interface Rollup {
  readonly layout: Layout;
  /** Takes the sheets of this layout (and any reference table its quota reads) from one file. */
  add(file: SubmittedFile): void;
  /** Rows of a reference table read elsewhere (a quota table in another file of a mixed run). */
  addTable(layoutId: string, rows: TableRows): void;
  finish(): RollupResult;
}

function text(value: FieldValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** Reference layouts a layout's quota reads its limits from. */
function tablesOf(layout: Layout): Set<string> {
  return new Set((layout.quota?.rules ?? []).map((r) => r.table).filter((t): t is string => t !== undefined));
}

/** What the layout's kind decides: the rows a sheet brings, the columns, what is reported beside them. */
function kindOf(layout: Layout, roles: LayoutRoles, city: string | undefined, ownsFiles: boolean): RollupKind {
  if (roles.perSheet) return indicatorRollup(layout, city);
  if (layout.form) return formRollup(layout, roles, city);
  return listRollup(layout, roles, city, ownsFiles);
}

/**
 * Starts the roll-up of one layout. Feed it every file (`add`), in any order, then `finish()`.
 * Sheets of other layouts are ignored; the caller splits a mixed set with `createRollups`.
 * What is alike for every kind lives here (sources, periods, quotas, roster, order, totals); what a
 * kind decides lives in its own file (`list-rollup.ts`, `indicator-rollup.ts`, `form-rollup.ts`).
 */
export function createRollup(options: RollupOptions): Rollup {
  const layout = options.layout ?? requireLayout(options.catalog, options.layoutId);
  const roles = layoutRoles(layout);
  const city = options.city ?? layout.city;
  const kind = kindOf(layout, roles, city, options.ownsFiles ?? false);
  const tableIds = tablesOf(layout);
  const districtKey = layout.scope?.infoKey ?? roles.district;

  const sheets: SheetEntry[] = [];
  const entries: Entry[] = [];
  const files: FileEntry[] = [];
  /** Sheet-level issues by sheet index (their order of arrival is the sheets' order). */
  const sheetIssues = new Map<number, LocatedIssue[]>();
  const tables = new Map<string, TableRows>();
  const derivedBySheet = new Map<number, Record<string, unknown>>();
  const skippedBy: Partial<Record<SkipReason, number>> = {};
  let order = 0;
  const nextOrder = () => order++;

  function addTable(layoutId: string, rows: TableRows): void {
    tables.set(layoutId, [...(tables.get(layoutId) ?? []), ...rows]);
  }

  function locate(issue: LocatedIssue, path: string, sheet: SheetResult): LocatedIssue {
    return { ...issue, path, sheet: sheet.sheet, ...(sheet.kind === "word-table" ? { table: true as const } : {}) };
  }

  function addSheet(path: string, sheet: SheetResult, modified: Date | undefined): void {
    const detection = sheet.detection!;
    const index = sheets.length;
    const infoDistrict = districtKey ? detection.info[districtKey] : undefined;
    const period = roles.periodic ? periodOf(path, detection.title, options.periods) : undefined;
    const rowIssues = new Map<number, LocatedIssue[]>();
    const recordRows = new Set(sheet.records.map((r) => r.row));
    for (const found of sheet.issues) {
      // Duplicates are found again over the whole roll-up, within and across files.
      if (found.code === "duplicate-row") continue;
      const located = locate(found, path, sheet);
      if (!kind.perSheet && found.row !== undefined && recordRows.has(found.row)) {
        rowIssues.set(found.row, [...(rowIssues.get(found.row) ?? []), located]);
      } else sheetIssues.set(index, [...(sheetIssues.get(index) ?? []), located]);
    }
    const sheetSkipped = countReasons(sheet.skipped);
    for (const [reason, n] of Object.entries(sheetSkipped) as Array<[SkipReason, number]>) skippedBy[reason] = (skippedBy[reason] ?? 0) + n;

    const sheetEntries = kind.entriesOf({ path, sheet, index, infoDistrict, period, rowIssues, nextOrder });
    if (sheet.derived) derivedBySheet.set(index, sheet.derived);
    const time = modified?.getTime();
    sheets.push({
      path,
      sheet: sheet.sheet,
      ...(period ? { period } : {}),
      breadth: new Set(sheetEntries.map((e) => e.schoolKey)).size,
      ...(time !== undefined && Number.isFinite(time) ? { modified: time } : {}),
      correction: correctionRank(path),
    });
    entries.push(...sheetEntries);
    const readRows = kind.perSheet ? sheetEntries.length : sheet.records.length;
    files.push({
      path,
      sheet: sheet.sheet,
      status: readRows > 0 ? "merged" : "skipped",
      layout: layout!.id,
      rows: readRows,
      ...(sheet.skipped.length > 0 ? { skipped: sheetSkipped } : {}),
      ...(readRows === 0 ? { note: "empty" as const } : sheet.hidden ? { note: "hidden" as const } : {}),
    });
  }

  function add(file: SubmittedFile): void {
    for (const sheet of file.sheets) {
      const id = sheet.detection?.layoutId;
      if (id === layout!.id) addSheet(file.path, sheet, file.modified);
      else if (id !== undefined && tableIds.has(id)) {
        addTable(id, sheet.records.map((r) => r.values));
        files.push({ path: file.path, sheet: sheet.sheet, status: "skipped", layout: id, rows: sheet.records.length, note: "reference" });
      }
    }
  }

  function finish(): RollupResult {
    const chosen = chooseSources(entries, sheets, { versions: !options.keepAll });
    let kept = chosen.kept;
    const rejected: RejectedRow[] = [...chosen.rejected];
    const rollupIssues: LocatedIssue[] = [...chosen.issues];
    const resubmissions = resubmissionChanges(chosen.replacements, sheets, sheetIssues, kind.rowKey);
    // A sheet whose every row was replaced by a newer file: its own sheet-level issues go with it.
    const replacedSheets = new Set(chosen.rejected.filter((r) => r.reason === "superseded-file").map((r) => r.source));
    const stillUsed = new Set(kept.map((e) => e.sheet));
    const liveSheetIssues = [...sheetIssues.entries()]
      .filter(([index]) => stillUsed.has(index) || !entries.some((e) => e.sheet === index && replacedSheets.has(e.source)))
      .flatMap(([, list]) => list);
    let earlier = new Map<Entry, MergedRow["earlier"]>();
    let periods: string[] | undefined;
    if (roles.periodic) {
      const outcome = latestPeriodPerSchool(kept, sheets, roles.stage);
      kept = outcome.kept;
      rejected.push(...outcome.rejected);
      rollupIssues.push(...outcome.issues);
      earlier = outcome.earlier;
      periods = outcome.periods;
    }
    rollupIssues.push(...kind.duplicates(kept));
    const quota = checkQuotas(kept, layout!, city, tables, options.catalog);
    rollupIssues.push(...quota.issues);
    if (options.roster) {
      const match = matchRoster(
        options.roster,
        { schools: submitters(kept, (e) => e.school), districts: submitters(kept, (e) => e.district ?? "") },
        { school: kind.schoolColumn, district: kind.districtColumn ?? "区县" },
        (name) => resolveDistrict(name, city)?.name ?? name,
      );
      rollupIssues.push(...match.issues);
    }

    const sorted = [...kept].sort(
      (a, b) => districtRank(a.district) - districtRank(b.district) || compareNames(text(a.district), text(b.district)) || compareNames(a.school, b.school) || a.order - b.order,
    );
    const numberField = kind.numberColumn;
    const records: MergedRow[] = sorted.map((entry, i) => {
      // The entry's values are the roll-up's own (built by its kind), so the merged row takes them as they are.
      const values = entry.values;
      if (numberField) values[numberField] = i + 1;
      const row: MergedRow = { values, source: entry.source, district: entry.district, school: entry.school };
      const before = earlier.get(entry);
      if (before) row.earlier = before;
      return row;
    });

    const result: RollupResult = {
      layout: layout!.id,
      title: layout!.title,
      ...(layout!.school ? { schoolField: layout!.school.field } : {}),
      fields: kind.fields,
      ...(city ? { city } : {}),
      rows: { read: entries.length, merged: kept.length, rejected: rejected.length, skipped: Object.values(skippedBy).reduce((a, b) => a + b, 0), skippedBy },
      records,
      rejected,
      issues: [...liveSheetIssues, ...kept.flatMap((e) => e.issues), ...rollupIssues],
      quotas: quota.quotas,
      files,
    };
    kind.complete(result, sorted, derivedBySheet);
    if (roles.district || kind.perSheet) result.totals = districtTotals(sorted, roles);
    if (periods) result.periods = periods;
    if (resubmissions.length > 0) result.resubmissions = resubmissions;
    return result;
  }

  return { layout, add, addTable, finish };
}

/** How many of a sheet's skipped rows there are of each reason. */
function countReasons(rows: readonly SkippedRow[]): Partial<Record<SkipReason, number>> {
  const counts: Partial<Record<SkipReason, number>> = {};
  for (const r of rows) counts[r.reason] = (counts[r.reason] ?? 0) + 1;
  return counts;
}
