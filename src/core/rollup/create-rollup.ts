import type { Layout } from "../layout/schema";
import { duplicateKeyOf } from "../validate/duplicate-check";
import type { LocatedIssue } from "../model/issue";
import type { FieldValue, SkippedRow, SkipReason, SourceRecord } from "../model/record";
import type { FileResult, SheetResult } from "../model/sheet-result";
import { resolveDistrict } from "../rules/districts";
import { matchRoster, type Submitter } from "../roster/match-roster";
import { nameKey } from "../roster/name-key";
import { chooseSources } from "./cross-level";
import { correctionRank } from "./correction-marker";
import { canonicalDistrict, districtRank } from "./district-order";
import { findDuplicates } from "./duplicates";
import type { Entry, SheetEntry } from "./entry";
import { reachableLevel, tickedItems } from "./feature-levels";
import { GRADE_COLUMNS } from "./grade-columns";
import { gradeOf, gradeSummary, sheetCounts, sheetSchool } from "./grades";
import { layoutRoles } from "./layout-roles";
import { compareNames } from "./name-order";
import type { RollupOptions } from "./options";
import { baseName, periodOf } from "./period";
import { latestPeriodPerSchool } from "./progress-periods";
import type { TableRows } from "./quota-table";
import { checkQuotas } from "./quotas";
import type { FileEntry, GradeRow, LevelRow, MergedRow, RejectedRow, RollupResult } from "./result";
import { resubmissionChanges } from "./resubmission-changes";
import type { SubmittedFile } from "./submitted-file";
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

function stem(path: string): string {
  return baseName(path).replace(/\.[^.]+$/u, "");
}

/** Reference layouts a layout's quota reads its limits from. */
function tablesOf(layout: Layout): Set<string> {
  return new Set((layout.quota?.rules ?? []).map((r) => r.table).filter((t): t is string => t !== undefined));
}

/**
 * Starts the roll-up of one layout. Feed it every file (`add`), in any order, then `finish()`.
 * Sheets of other layouts are ignored; the caller splits a mixed set with `createRollups`.
 */
export function createRollup(options: RollupOptions): Rollup {
  const layout = options.layout ?? options.catalog.get(options.layoutId);
  if (!layout) throw new Error(`unknown layout: ${options.layoutId}`);
  const roles = layoutRoles(layout);
  const city = options.city ?? layout.city;
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

  function addTable(layoutId: string, rows: TableRows): void {
    tables.set(layoutId, [...(tables.get(layoutId) ?? []), ...rows]);
  }

  function locate(issue: LocatedIssue, path: string, sheet: SheetResult): LocatedIssue {
    return { ...issue, path, sheet: sheet.sheet, ...(sheet.kind === "word-table" ? { table: true as const } : {}) };
  }

  function valuesInOrder(record: SourceRecord, infoDistrict: string | undefined): Record<string, FieldValue> {
    const values: Record<string, FieldValue> = {};
    for (const field of layout!.fields) values[field.name] = record.values[field.name] ?? null;
    // The engine fills a blank district from the info line; a record read without it gets it here.
    if (roles.district && text(values[roles.district]) === "" && infoDistrict) values[roles.district] = infoDistrict;
    return values;
  }

  function addSheet(path: string, sheet: SheetResult, modified: Date | undefined): void {
    const detection = sheet.detection!;
    const index = sheets.length;
    const infoDistrict = districtKey ? detection.info[districtKey] : undefined;
    const period = roles.periodic ? periodOf(path, detection.title, options.periods) : undefined;
    const table = sheet.kind === "word-table" ? { table: true as const } : {};
    const rowIssues = new Map<number, LocatedIssue[]>();
    const recordRows = new Set(sheet.records.map((r) => r.row));
    for (const found of sheet.issues) {
      // Duplicates are found again over the whole roll-up, within and across files.
      if (found.code === "duplicate-row") continue;
      const located = locate(found, path, sheet);
      if (!roles.perSheet && found.row !== undefined && recordRows.has(found.row)) {
        rowIssues.set(found.row, [...(rowIssues.get(found.row) ?? []), located]);
      } else sheetIssues.set(index, [...(sheetIssues.get(index) ?? []), located]);
    }
    const sheetSkipped = countReasons(sheet.skipped);
    for (const [reason, n] of Object.entries(sheetSkipped) as Array<[SkipReason, number]>) skippedBy[reason] = (skippedBy[reason] ?? 0) + n;

    const sheetEntries: Entry[] = [];
    if (roles.perSheet) {
      const school = sheetSchool(sheet, detection, stem(path));
      const counts = sheetCounts(sheet, layout!.fields.find((f) => f.type === "level")?.name);
      const district = canonicalDistrict(infoDistrict, city);
      const values: Record<string, FieldValue> = {
        序号: null,
        区县: district,
        学校名称: school,
        A级: counts.A,
        B级: counts.B,
        C级: counts.C,
        D级: counts.D,
        等级: gradeOf(counts),
      };
      const row = sheet.records[0]?.row ?? detection.headerRows[0] ?? 1;
      sheetEntries.push({ order: order++, sheet: index, source: { path, sheet: sheet.sheet, row, ...table }, values, cells: {}, district, school, schoolKey: nameKey(school), issues: [] });
    } else {
      for (const record of sheet.records) {
        const values = valuesInOrder(record, infoDistrict);
        const school = roles.school ? text(values[roles.school]) : "";
        const district = roles.district ? canonicalDistrict(values[roles.district], city) : null;
        sheetEntries.push({
          order: order++,
          sheet: index,
          source: { path, sheet: sheet.sheet, row: record.row, ...table, ...(period ? { period } : {}) },
          values,
          cells: record.cells,
          district,
          school,
          schoolKey: nameKey(school),
          issues: rowIssues.get(record.row) ?? [],
        });
      }
    }
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
    const readRows = roles.perSheet ? sheetEntries.length : sheet.records.length;
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
    const resubmissions = resubmissionChanges(chosen.replacements, sheets, sheetIssues, (entry, index) =>
      roles.perSheet ? String(index) : duplicateKeyOf(layout!, { row: entry.source.row, values: entry.values, cells: entry.cells }) ?? `#${index}`,
    );
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
    // A one-school sheet's duplicate key (an indicator's number) is about its own rows; across sheets the school repeats.
    rollupIssues.push(
      ...(roles.perSheet
        ? findDuplicates(kept, ["学校名称"], (e) => e.schoolKey || undefined)
        : findDuplicates(kept, layout!.duplicateKey, (e) => duplicateKeyOf(layout!, { row: e.source.row, values: e.values, cells: e.cells }))),
    );
    const quota = checkQuotas(kept, layout!, city, tables, options.catalog);
    rollupIssues.push(...quota.issues);
    if (options.roster) {
      const schoolField = roles.perSheet ? "学校名称" : roles.school;
      const match = matchRoster(options.roster, { schools: submitters(kept, (e) => e.school), districts: submitters(kept, (e) => e.district ?? "") }, { school: schoolField, district: roles.district ?? "区县" }, (name) => resolveDistrict(name, city)?.name ?? name);
      rollupIssues.push(...match.issues);
    }

    const sorted = [...kept].sort(
      (a, b) => districtRank(a.district) - districtRank(b.district) || compareNames(text(a.district), text(b.district)) || compareNames(a.school, b.school) || a.order - b.order,
    );
    const numberField = roles.perSheet ? "序号" : layout!.fields.find((f) => f.ignoredOnInput)?.name;
    const records: MergedRow[] = sorted.map((entry, i) => {
      const values = numberField ? { ...entry.values, [numberField]: i + 1 } : { ...entry.values };
      const row: MergedRow = { values, source: entry.source, district: entry.district, school: entry.school };
      const before = earlier.get(entry);
      if (before) row.earlier = before;
      return row;
    });

    const result: RollupResult = {
      layout: layout!.id,
      title: layout!.title,
      ...(layout!.school ? { schoolField: layout!.school.field } : {}),
      fields: roles.perSheet ? [...GRADE_COLUMNS] : layout!.fields.map((f) => f.name),
      ...(city ? { city } : {}),
      rows: { read: entries.length, merged: kept.length, rejected: rejected.length, skipped: Object.values(skippedBy).reduce((a, b) => a + b, 0), skippedBy },
      records,
      rejected,
      issues: [...liveSheetIssues, ...kept.flatMap((e) => e.issues), ...rollupIssues],
      quotas: quota.quotas,
      files,
    };
    if (roles.perSheet) {
      const grades: GradeRow[] = sorted.map((e) => ({
        school: e.school,
        A: e.values["A级"] as number,
        B: e.values["B级"] as number,
        C: e.values["C级"] as number,
        D: e.values["D级"] as number,
        grade: String(e.values["等级"]),
        district: e.district,
        source: e.source,
      }));
      result.grades = grades;
      result.gradeSummary = gradeSummary(grades);
    }
    if (layout!.form) {
      const itemsField = layout!.fields.find((f) => f.type === "items")?.name;
      result.levels = sorted.map((e): LevelRow => {
        const items = tickedItems(itemsField ? e.values[itemsField] : null, derivedBySheet.get(e.sheet)?.ticked);
        return { school: e.school, items, count: items.length, level: reachableLevel(items), source: e.source };
      });
    }
    if (roles.district || roles.perSheet) result.totals = districtTotals(sorted, roles);
    if (periods) result.periods = periods;
    if (resubmissions.length > 0) result.resubmissions = resubmissions;
    return result;
  }

  return { layout, add, addTable, finish };
}

/** Who submitted, by name key: the name as first written and every row sent. */
function submitters(entries: readonly Entry[], nameOf: (e: Entry) => string): Submitter[] {
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

/** How many of a sheet's skipped rows there are of each reason. */
function countReasons(rows: readonly SkippedRow[]): Partial<Record<SkipReason, number>> {
  const counts: Partial<Record<SkipReason, number>> = {};
  for (const r of rows) counts[r.reason] = (counts[r.reason] ?? 0) + 1;
  return counts;
}
