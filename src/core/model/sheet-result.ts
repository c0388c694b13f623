import type { GridKind } from "./grid";
import type { Issue } from "./issue";
import type { SourceRecord, SkippedRow } from "./record";

/** How a sheet was recognised: enough for a person to see why, and for adapters to find cells. */
export interface Detection {
  /** Layout id from the catalog (docs/DOMAIN.md#layouts), e.g. `huzhou-space-plan`. */
  layoutId: string;
  /** 1-based source rows that form the header (two for grouped headers; one per section for sectioned sheets). */
  headerRows: number[];
  /** Column → canonical field, with the header text as written. Columns are 1-based source columns. */
  columns: Array<{ column: number; field: string; header: string }>;
  /** Headers of the sheet that map to no field of the layout (a column a school added). */
  extraColumns: Array<{ column: number; header: string }>;
  /** Optional fields of the layout with no column on this sheet. */
  missingOptional: string[];
  /** Info-line values by key (`区县`, `联系人`, `联系电话`, `申报单位` …), normalised. */
  info: Record<string, string>;
  /** Title text above the header (the notice's table title, a period such as `2025年6月`). */
  title?: string;
  /** 0..1: how well the header matched. */
  confidence: number;
}

/** The closest layout for a sheet that matched none, and what it lacked. */
export interface NearMiss {
  layoutId: string;
  confidence: number;
  missingRequired: string[];
}

/** Everything the engine knows about one sheet after detect + read + validate. */
export interface SheetResult {
  sheet: string;
  hidden: boolean;
  /** Set when the grid was not a worksheet: a Word table (`表格1`), or a Word document's text. */
  kind?: Exclude<GridKind, "sheet">;
  /** Absent when the sheet matched no layout (then `issues` holds `unknown-layout`). */
  detection?: Detection;
  nearMiss?: NearMiss;
  records: SourceRecord[];
  skipped: SkippedRow[];
  /** Row-level and sheet-level issues, rows 1-based on the source sheet. */
  issues: Issue[];
  /** Per-layout derived results (e.g. a Taizhou sheet's A–D counts and grade, a form's ticked items). */
  derived?: Record<string, unknown>;
}

/** One input file: its sheets, or why it could not be read. */
export interface FileResult {
  path: string;
  /** Set when the file could not be read at all (`unreadable-file`); then `sheets` is empty. */
  error?: Issue;
  /** How a CSV was decoded (`utf-8`, `utf-8-bom`, `gb18030`), for the report. */
  encoding?: string;
  sheets: SheetResult[];
}
