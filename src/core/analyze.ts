import type { Layout } from "./layout/schema";
import type { Catalog } from "./layouts/catalog";
import { sourceRow, type Grid } from "./model/grid";
import { issue, type Issue, type IssueParams } from "./model/issue";
import type { Detection, FileResult, NearMiss, SheetResult } from "./model/sheet-result";
import { readForm } from "./records/form-reader";
import { readIndicatorLevels, summarizeIndicators } from "./records/indicator-levels";
import { schoolOf } from "./records/school-name";
import { readTable } from "./records/table-reader";
import { detectSheet } from "./recognize/detect";
import type { Recognition } from "./recognize/recognition";
import { inferCity } from "./validate/infer-city";
import { validateRecords } from "./validate/validate-records";

export interface AnalyzeOptions {
  /** Read the sheet as this layout (the CLI's `--layout ID`) instead of recognising it. */
  layoutId?: string;
  /** The file's name: a Taizhou sheet's school when no line or title names it. */
  fileName?: string;
  /** The city whose districts are legal (default: the layout's, else inferred from the districts seen). */
  city?: string;
  /** The layouts to choose from: the built-ins, a staffer's own, or both. */
  catalog: Catalog;
  /**
   * Look for `duplicate-row` within the sheet (default true). The roll-up passes false: it looks for
   * duplicates itself over every sheet it merges, within and across files, and would throw the
   * sheet's own away.
   */
  checkDuplicates?: boolean;
}

/** How a sheet was recognised, or the closest layout and what it lacked. */
export interface DetectResult {
  detection?: Detection;
  nearMiss?: NearMiss;
}

/** Recognises a sheet's layout without reading its rows. */
export function detectLayout(grid: Grid, options: AnalyzeOptions): DetectResult {
  const outcome = detectSheet(grid, options);
  return "recognition" in outcome ? { detection: outcome.recognition.detection } : { nearMiss: outcome.nearMiss };
}

function unknownLayout(catalog: Catalog, nearMiss: NearMiss, forcedUnknown?: string): Issue {
  const layout = nearMiss.layoutId ? catalog.get(nearMiss.layoutId) : undefined;
  const params: IssueParams<"unknown-layout"> = {};
  if (forcedUnknown !== undefined) params.unknownId = forcedUnknown;
  else if (layout) {
    params.layoutId = layout.id;
    params.title = layout.title;
    params.confidence = nearMiss.confidence;
    if (nearMiss.missingRequired.length) params.missing = nearMiss.missingRequired.join("、");
  }
  return issue("unknown-layout", { params });
}

/**
 * Everything the engine knows about one sheet: its layout (recognised or forced), one record per
 * data row with canonical field names and normalised values, the rows skipped, and the issues.
 * Never throws on cell values.
 */
export function analyzeSheet(grid: Grid, options: AnalyzeOptions): SheetResult {
  const result: SheetResult = { sheet: grid.name, hidden: grid.hidden, ...(grid.kind && grid.kind !== "sheet" ? { kind: grid.kind } : {}), records: [], skipped: [], issues: [] };
  if (grid.kind === "word-text") {
    // A Word document with no table: nothing to recognise, and the reason says so.
    result.issues.push(issue("unknown-layout", { params: { reason: "no-table" } }));
    return result;
  }
  const outcome = detectSheet(grid, options);
  if (!("recognition" in outcome)) {
    if (outcome.nearMiss.layoutId && !outcome.unknownLayoutId) result.nearMiss = outcome.nearMiss;
    result.issues.push(unknownLayout(options.catalog, outcome.nearMiss, outcome.unknownLayoutId));
    return result;
  }
  const rec = outcome.recognition;
  result.detection = rec.detection;
  readRecords(grid, rec, options, result);
  const city = inferCity(rec.layout, result.records, options.city);
  const columns = { byField: firstColumnOf(rec.detection.columns), absent: rec.header?.missingRequired ?? [] };
  result.issues.push(...missingColumns(grid, rec), ...validateRecords(rec.layout, result.records, { layout: rec.layout, ...(city ? { city } : {}) }, columns, options.checkDuplicates ?? true));
  if (rec.layout.indicators) {
    const info = rec.detection.info[rec.layout.indicators.schoolInfoKey];
    result.derived = { ...summarizeIndicators(rec.layout, result.records, schoolOf(info, rec.detection.title, options.fileName)) };
  }
  return result;
}

function readRecords(grid: Grid, rec: Recognition, options: AnalyzeOptions, result: SheetResult): void {
  if (rec.layout.kind === "form") {
    const form = readForm(grid, rec);
    if (form) {
      result.records.push(form.record);
      result.derived = { ...form.summary };
    }
    return;
  }
  const table = readTable(grid, rec);
  result.records = table.records;
  result.skipped = table.skipped;
  if (table.headerRows.length) rec.detection.headerRows.push(...table.headerRows);
  Object.assign(rec.detection.info, table.sectionInfo);
  if (rec.layout.indicators) readIndicatorLevels(rec.layout, result.records);
  void options;
}

/** A required column the header lacks (a forced or partly matched layout): one issue per column, not per row. */
function missingColumns(grid: Grid, rec: Recognition): Issue[] {
  const header = rec.header;
  if (!header || header.missingRequired.length === 0) return [];
  return header.missingRequired.map((field) => issue("missing-value", { field, row: sourceRow(grid, header.top), params: { scope: "column" } }));
}

/** Every sheet of one file (hidden sheets included and marked); sheets that are empty are left out. */
export function analyzeWorkbook(path: string, grids: readonly Grid[], options: AnalyzeOptions): FileResult {
  const sheets: SheetResult[] = [];
  for (const grid of grids) {
    if (grid.rows.every((row) => row.every((v) => v === null || v === ""))) continue;
    sheets.push(analyzeSheet(grid, options));
  }
  return { path, sheets };
}

/** Field → its column; a field split into sub-columns (手机 | 座机) is placed at its first. */
function firstColumnOf(columns: ReadonlyArray<{ column: number; field: string }>): Map<string, number> {
  const byField = new Map<string, number>();
  for (const c of columns) if (!byField.has(c.field)) byField.set(c.field, c.column);
  return byField;
}
