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
  await Promise.race([streamRollupWorkbook(result, layout, out, { locale }), failed]);
}
