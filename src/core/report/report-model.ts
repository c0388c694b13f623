import type { Severity } from "../model/issue";

/**
 * The roll-up workbook as plain data: its sheets, their titles, info lines, blocks of header and
 * rows, which cells are marked and which rows are over a quota, and the charts wanted. Built once in
 * core (`rollupReport`); the ExcelJS writer (the downloaded file) and the Office.js writer (sheets
 * written inside Excel) only render it, so both give the same sheets, headers and cell values.
 */

/** A cell as written: text, a number, or nothing. Never a formula. */
export type ReportCell = string | number | null;

export type ReportSheetKind = "summary" | "grades" | "grade-summary" | "levels" | "issues" | "quotas" | "stats" | "missing" | "files";

/** A data cell shown in its severity's colour (`SEVERITY_FILL`); 0-based row of the block's rows and column. */
export interface CellMark {
  row: number;
  column: number;
  severity: Severity;
}

/** A chart of some of a block's columns (0 = the category labels), over its first `rows` rows. */
export interface ChartSpec {
  type: "ColumnClustered" | "ColumnStacked";
  title: string;
  /** Charted columns: 0 (labels) and the series, the series side by side. */
  columns: number[];
  rows: number;
}

export interface ReportBlock {
  /** A heading row above the header (a block after a sheet's first, or a sheet's only block with a name of its own). */
  caption?: string;
  header: string[];
  rows: ReportCell[][];
  /** A list of records (shown as a filterable table where the host has tables), not a small summary. */
  list: boolean;
  marks: CellMark[];
  /** Rows shown as overruns (`OVERRUN_STYLE`): a quota exceeded. */
  overrunRows: number[];
  /** Charts, for hosts that draw them (Excel); the .xlsx file has none (ExcelJS writes no charts). */
  charts: ChartSpec[];
}

export interface ReportSheet {
  kind: ReportSheetKind;
  name: string;
  /** The title row, merged across the sheet. */
  title: string;
  /** The info line under the title, when the sheet has one. */
  info?: string;
  blocks: ReportBlock[];
}

export interface RollupReport {
  sheets: ReportSheet[];
}

/** A block with no marks, overruns or charts. */
export function plainBlock(header: string[], rows: ReportCell[][], list: boolean): ReportBlock {
  return { header, rows, list, marks: [], overrunRows: [], charts: [] };
}

/** A sheet holding one list of records under its title. */
export function listSheet(kind: ReportSheetKind, name: string, title: string, header: string[], rows: ReportCell[][]): ReportSheet {
  return { kind, name, title, blocks: [plainBlock(header, rows, true)] };
}
