import type { WriterSheet } from "../support/cell";
import type { WordBoxes } from "../support/write-docx";

/** How a sample file is written: by which program, in which format. */
export type SampleWriter =
  | "exceljs-xlsx" | "sheetjs-xls" | "sheetjs-xlsx" | "csv-utf-8" | "csv-utf-8-bom" | "csv-gbk" | "libreoffice-ods" | "libreoffice-xls"
  /** Word: the `docx` package, or LibreOffice Writer converting an HTML page of the table. */
  | "docx" | "libreoffice-docx";

/** What a person expects of one sheet of a sample, written by hand (never copied from the engine's output). */
export interface ExpectedSheet {
  sheet: string;
  /** Layout id, or `null` when the sheet must match none (`unknown-layout`). */
  layout: string | null;
  headerRows?: number[];
  /** Canonical field → column letter, for the fields a test pins down. */
  columns?: Record<string, string>;
  records?: number;
  /** `[row, field, code]`, in any order; `field` is "" for sheet-level issues. */
  issues: Array<[number, string, string]>;
  /** Chosen values to check: `[row, field, value]`. */
  values?: Array<[number, string, string | number | null]>;
  info?: Record<string, string>;
  derived?: Record<string, unknown>;
  skipped?: Array<[number, string]>;
  /** Issues whose cell matters (a split column's sub-column): `[row, field, code, column letter]`. */
  issueCells?: Array<[number, string, string, string]>;
  hidden?: boolean;
}

export interface Sample {
  /** Folder: the layout id (or `unknown` for files of no layout). */
  folder: string;
  /** File name without extension; `bad-*` for files that must fail. */
  name: string;
  writer: SampleWriter;
  sheets: WriterSheet[];
  /**
   * For a Word sample: the first `above` rows of `sheets[0]` are paragraphs above the table, the
   * last `below` paragraphs under it, the rest is the table (its merges given on the sheet); `boxes`
   * says how box characters are written.
   */
  word?: { above: number; below?: number; boxes?: WordBoxes };
  /** Options the sample is analysed with. */
  options?: { layoutId?: string; city?: string };
  expected: ExpectedSheet[];
}

export const EXTENSION: Record<SampleWriter, string> = {
  "exceljs-xlsx": "xlsx",
  "sheetjs-xls": "xls",
  "sheetjs-xlsx": "xlsx",
  "csv-utf-8": "csv",
  "csv-utf-8-bom": "csv",
  "csv-gbk": "csv",
  "libreoffice-ods": "ods",
  "libreoffice-xls": "xls",
  docx: "docx",
  "libreoffice-docx": "docx",
};
