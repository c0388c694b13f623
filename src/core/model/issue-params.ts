import type { FieldDef } from "../layout/schema";
import type { IndicatorProblem } from "../rules/indicator-grade";

/** A code whose sentence needs nothing beyond the issue's field and value. */
type NoParams = Record<never, never>;

/** Why the reader (`src/io/read`) could not read a file. */
export type ReadFailureReason =
  /** Zero bytes, or text with nothing but white space. */
  | "empty"
  /** Password-protected: an encrypted OOXML package, a BIFF FILEPASS record, an encrypted zip entry. */
  | "encrypted"
  /** A spreadsheet container that is damaged: a truncated zip, a bad compound file, a parser failure. */
  | "corrupt"
  /** Over a configured limit: file size, zip entries, inflated size, compression ratio (a zip bomb). */
  | "too-large"
  /** Readable, but neither a spreadsheet nor a Word document: a PDF, an image, a presentation, random bytes. */
  | "not-spreadsheet"
  /** A Word 97–2003 binary document (.doc): to be saved as .docx. */
  | "word-97"
  /** An archive the product does not open (RAR, 7-Zip) or a zip entry with a password: to be extracted first. */
  | "archive";

/** Why a file could not be read (`unreadable-file`): the reader's reasons, then the file system's as the CLI meets them. */
export type UnreadableReason = ReadFailureReason | "not-found" | "is-directory" | "no-access" | "io-error";

/** Why a value is not a valid number (`invalid-number`). */
export type NumberReason = "not-a-number" | "not-whole" | "negative" | "below-min" | "above-max";

/**
 * The facts each code's message may use, exactly as the checks put them (one entry per code, so a
 * check that puts another fact, or a message or writer that reads one never put, does not compile).
 */
export interface IssueParamsByCode {
  /** `scope: "column"`: the header lacks the required column, rather than one cell being empty. */
  "missing-value": { scope?: "column" };
  /** `part`: the piece of a cell of several numbers that is not a phone number. */
  "invalid-phone": { part?: string };
  "invalid-email": { part?: string };
  "invalid-postcode": NoParams;
  "invalid-date": NoParams;
  "invalid-number": { reason: NumberReason; type: FieldDef["type"]; min?: number; max?: number };
  /**
   * A value not among the choices (`expected`, `city` for a district of another city), too few
   * items ticked (`min`, `count`), or an indicator marked wrongly (`reason`).
   */
  "invalid-choice": { expected?: string; city?: string; min?: number; count?: number; reason?: IndicatorProblem };
  /** `to`: the canonical value the written one was read as. */
  "normalized-value": { to: string | number };
  "suspicious-value": { limit: number; unit?: string };
  /** `key`: the duplicate key's fields joined; `firstRow` only when the first copy is on the same sheet. */
  "duplicate-row": { key: string; firstRow?: number; count?: number };
  "stage-regressed": { school: string; stage: number; earlierStage: number; period: string; earlierPeriod: string };
  /** `file` is the newer file kept, `earlierFile` the older one whose `count` rows were left out. */
  "superseded-file": { school: string; file: string; earlierFile: string; count: number };
  /** `scope`: the district (or other quota scope); `category` `""` when the quota is not by category. */
  "quota-exceeded": { scope: string; category: string; count: number; limit: number };
  /**
   * `district`: the roster's district of a school entry; `suggestion`: a submitter's name it may be;
   * `schoolType`: the roster's 学校类型. The entry's name is the issue's `value`.
   */
  "not-submitted": { suggestion?: string; district?: string; schoolType?: string };
  /** `suggestion`: the roster's name this submitter may be. */
  "not-on-roster": { suggestion?: string };
  /**
   * No layout matched: `layoutId`, `title`, `confidence` and `missing` (the required columns it
   * lacked) name the closest; `unknownId` a `--layout` id that is not in the catalog; `reason:
   * "no-table"` a Word document without a table.
   */
  "unknown-layout": { reason?: "no-table"; unknownId?: string; layoutId?: string; title?: string; confidence?: number; missing?: string };
  /** `limit`: the reading limit exceeded (`10 MB`); `archive`: the kind of archive not opened; `detail`: what the system said. */
  "unreadable-file": { reason: UnreadableReason; detail?: string; limit?: string; archive?: string };
}
