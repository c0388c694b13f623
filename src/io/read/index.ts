export { readWorkbook, readFailure } from "./read-workbook";
export type {
  LocalizedText, RawInflater, ZipBudget, ReadFailure, ReadFailureReason, ReadNote, ReadNoteCode, ReadOptions, ReadResult, ReadSuccess, SpreadsheetFormat,
} from "./read-result";
export { DEFAULT_READ_LIMITS, type ReadLimits } from "./read-limits";
export type { TextEncoding } from "./decode-text";
export { parseCsv, guessDelimiter, type Delimiter, type ParsedCsv } from "./parse-csv";
export { readDropDownLists, attachDropDownLists } from "./read-drop-down-lists";
