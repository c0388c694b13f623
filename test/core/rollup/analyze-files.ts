import { analyzeWorkbook } from "../../../src/core/analyze";
import type { FileResult } from "../../../src/core/model/sheet-result";
import { readWorkbook } from "../../../src/io/read";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

/** A file as a school sends it: its path in the folder and its bytes, written by a real writer. */
export interface SentFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Reads and analyses each file as the CLI does (real reader, real engine), one FileResult per file;
 * a file the reader refuses comes back with its `unreadable-file` issue and no sheets.
 */
export function analyzeFiles(files: readonly SentFile[], city?: string, options: { checkDuplicates?: boolean } = {}): FileResult[] {
  return files.map(({ path, bytes }) => {
    const name = path.split("/").pop()!;
    const read = readWorkbook(bytes, name);
    if (!read.ok) return { path, error: read.issue, sheets: [] };
    return analyzeWorkbook(path, read.grids, { catalog: BUILT_IN_CATALOG, fileName: name, ...(city ? { city } : {}), ...options });
  });
}
