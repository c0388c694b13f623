import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../core/analyze";
import { issue, type Issue, type IssueParams, type UnreadableReason } from "../core/model/issue";
import type { Catalog } from "../core/layouts/catalog";
import type { FileResult } from "../core/model/sheet-result";
import { readWorkbook, type ReadNote } from "../io/read";
import { nodeInflateRaw } from "./node-inflate";
import type { InputFile } from "./input-files";

export interface AnalyzeOptions {
  /** The layouts to recognise. */
  catalog: Catalog;
  /** Read every sheet as this layout instead of recognising it. */
  layoutId?: string;
  city?: string;
  /** Look for duplicates within each sheet (default true); the roll-up looks over all files itself. */
  checkDuplicates?: boolean;
}

/** A file's result, with the format it was read as (`xlsx`, `xls`, `ods`, `csv`). */
export interface AnalyzedFile extends FileResult {
  format?: string;
  /** What the reader did that a person should know (read by content, rows truncated …). */
  notes?: ReadNote[];
  /** The file's modification time: of two files of one school, the newer is rolled up. */
  modified?: Date;
}

const FILE_SYSTEM_REASONS: Record<string, UnreadableReason> = {
  ENOENT: "not-found",
  EISDIR: "is-directory",
  EACCES: "no-access",
  EPERM: "no-access",
};

/** A file the file system refused (missing, a folder, no permission): `unreadable-file` with its reason. */
function unreadable(input: InputFile, error: NodeJS.ErrnoException): AnalyzedFile {
  const reason = FILE_SYSTEM_REASONS[error.code ?? ""] ?? "io-error";
  const params: IssueParams<"unreadable-file"> = reason === "io-error" ? { reason, detail: error.message } : { reason };
  const found: Issue = issue("unreadable-file", { value: path.basename(input.absolute), params });
  return { path: input.display, error: found, sheets: [] };
}

/**
 * Reads one file from disk and runs the engine on its bytes. Never throws for a bad file: a file
 * that cannot be read comes back with `error` set (`unreadable-file`) and no sheets, so the run goes
 * on. The grids are dropped here; only the sheet results (records and issues) leave.
 */
export async function analyzeFile(input: InputFile, options: AnalyzeOptions): Promise<AnalyzedFile> {
  if (input.failure) return { path: input.display, error: input.failure.issue, sheets: [] };
  let bytes: Uint8Array;
  if (input.archived) {
    // Taken out of its archive, inflated once; its own zip shares the archive's caps.
    const taken = input.archived.entry.bytes();
    if (!taken.ok) return { path: input.display, error: taken.failure.issue, sheets: [] };
    bytes = taken.bytes;
  } else {
    try {
      // Synchronous on purpose: files are handled one at a time, and awaiting each small read left
      // the process idle for a fifth of a 1,000-file roll-up.
      bytes = readFileSync(input.absolute);
    } catch (error) {
      return unreadable(input, error as NodeJS.ErrnoException);
    }
  }
  const modified = input.archived ? input.archived.entry.modified : modificationTime(input.absolute);
  const fileName = input.archived ? input.archived.entry.fileName : path.basename(input.absolute);
  const read = readWorkbook(bytes, fileName, { inflateRaw: nodeInflateRaw, ...(input.archived ? { budget: input.archived.budget } : {}) });
  if (!read.ok) return { path: input.display, error: read.issue, sheets: [], ...(modified ? { modified } : {}) };
  const { sheets } = analyzeWorkbook(input.display, read.grids, { catalog: options.catalog, layoutId: options.layoutId, fileName, city: options.city, checkDuplicates: options.checkDuplicates });
  return {
    path: input.display,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    format: read.format,
    ...(read.notes?.length ? { notes: read.notes } : {}),
    ...(modified ? { modified } : {}),
    sheets,
  };
}

function modificationTime(file: string): Date | undefined {
  try {
    return statSync(file).mtime;
  } catch {
    return undefined;
  }
}
