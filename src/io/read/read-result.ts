import type { Grid } from "../../core/model/grid";
import type { Issue } from "../../core/model/issue";
import type { ReadFailureReason } from "../../core/model/issue-params";
import type { TextEncoding } from "./decode-text";
import type { ReadLimits } from "./read-limits";

/** A text in both product languages. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** The format the bytes turned out to hold (decided from content, not from the file name). */
export type SpreadsheetFormat = "xlsx" | "xlsb" | "xls" | "ods" | "csv" | "html" | "xml2003" | "docx";

/** Why a file could not be read; each is reported as the issue `unreadable-file` with `params.reason` set to it. */
export type { ReadFailureReason } from "../../core/model/issue-params";

/** Something the reader did that a person should know, though the file was read. */
export type ReadNoteCode =
  /** The file name's extension says one format, the bytes another; read by content. */
  | "extension-mismatch"
  /** A sheet had more rows than `maxRows`; the first `maxRows` rows were read. */
  | "rows-truncated"
  /** A sheet had data beyond `maxColumns` columns from its first column; those cells were dropped. */
  | "columns-truncated"
  /** A chart or dialog sheet holds no cells and was not turned into a grid. */
  | "sheet-skipped";

export interface ReadNote {
  code: ReadNoteCode;
  /** Sheet name, for sheet-level notes. */
  sheet?: string;
  params?: Record<string, string | number>;
  message: LocalizedText;
}

export interface ReadSuccess {
  ok: true;
  format: SpreadsheetFormat;
  grids: Grid[];
  /** How a text file was decoded (CSV, HTML). */
  encoding?: TextEncoding;
  notes?: ReadNote[];
}

export interface ReadFailure {
  ok: false;
  reason: ReadFailureReason;
  message: LocalizedText;
  /** The same failure as the report's issue (`unreadable-file`, `params.reason`), ready for `FileResult.error`. */
  issue: Issue;
  /** Technical detail for logs (a parser's own message); not for display. */
  detail?: string;
}

export type ReadResult = ReadSuccess | ReadFailure;

export interface ReadOptions {
  /** Overrides of `DEFAULT_READ_LIMITS`. */
  limits?: Partial<ReadLimits>;
  /**
   * A native raw-deflate inflater that stops at `maxOutput` bytes (in Node: `zlib.inflateRawSync`
   * with `maxOutputLength`), used instead of the JavaScript one for zip entries. It must throw a
   * `RangeError` when the output would pass `maxOutput`, so a lying entry is never inflated further.
   */
  inflateRaw?: RawInflater;
  /**
   * The caps left to a file read out of an archive (`openArchive(…).budget`): its zip entries and
   * inflated bytes count against the archive's, so nesting multiplies nothing.
   */
  budget?: ZipBudget;
}

/** Zip entries and inflated bytes still allowed, shared by an archive and the files in it; decremented as they are read. */
export interface ZipBudget {
  entries: number;
  bytes: number;
}

/** Inflates raw deflate data; throws `RangeError` past `maxOutput` bytes. */
export type RawInflater = (data: Uint8Array, maxOutput: number) => Uint8Array;
