import { analyzeWorkbook } from "../../../src/core/analyze";
import type { FileResult } from "../../../src/core/model/sheet-result";
import { readGrids } from "../../support";

/** A file as a school sends it: its path in the folder and its bytes, written by a real writer. */
export interface SentFile {
  path: string;
  bytes: Uint8Array;
}

/** Reads and analyses each file as the CLI does (real reader, real engine), one FileResult per file. */
export function analyzeFiles(files: readonly SentFile[], city?: string): FileResult[] {
  return files.map(({ path, bytes }) => {
    const name = path.split("/").pop()!;
    return analyzeWorkbook(path, readGrids(bytes, name), { fileName: name, ...(city ? { city } : {}) });
  });
}
