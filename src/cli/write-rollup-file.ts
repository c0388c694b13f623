import { createWriteStream } from "node:fs";
import type { Layout } from "../core/layout/schema";
import type { RollupResult } from "../core/rollup/result";
import { streamRollupWorkbook } from "../io/write/rollup-workbook-stream";
import type { Locale } from "./locale";

/**
 * The roll-up workbook streamed into its file, row by row (memory does not grow with the rows).
 * A failure of the file itself (no room, no permission) rejects rather than crashing the process.
 */
export async function writeRollupFile(target: string, result: RollupResult, layout: Layout, locale: Locale): Promise<void> {
  const out = createWriteStream(target);
  const failed = new Promise<never>((_resolve, reject) => out.once("error", reject));
  // ExcelJS's zip library (archiver-utils) calls the deprecated `new Buffer(string)` as the writer
  // starts. Node stays quiet about that inside node_modules, but in the bundled CLI it would print a
  // DeprecationWarning to the user once; it is silenced for that synchronous start only (Node shows
  // the Buffer warning at most once per process, so later calls stay quiet too).
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  let writing: Promise<void>;
  try {
    writing = streamRollupWorkbook(result, layout, out, { locale });
  } finally {
    process.noDeprecation = quiet;
  }
  await Promise.race([writing, failed]);
}
