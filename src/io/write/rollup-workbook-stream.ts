import ExcelJS from "exceljs";
import type { Layout } from "../../core/layout/schema";
import { rollupReport } from "../../core/report/rollup-report";
import type { RollupResult } from "../../core/rollup/result";
import { untilZipTakes } from "./zip-backlog";
import { fillRollupWorkbook, ROLLUP_DEFLATE_LEVEL, type RollupWorkbookOptions } from "./rollup-workbook";

/** Where the streaming writer sends the .xlsx (a Node writable stream: the CLI's file). */
export type WorkbookOutput = ExcelJS.stream.xlsx.WorkbookWriterOptions["stream"];

/**
 * The roll-up workbook written with ExcelJS's streaming writer: the same sheets and styles as
 * `writeRollupWorkbook`, but each row is written out and dropped as soon as it is committed, so
 * memory does not grow with the rows (the in-memory workbook keeps an object per cell until the
 * end). Node only (ExcelJS's streaming writer needs Node streams); the page keeps the in-memory
 * writer, and this module is not in `src/io/write/index.ts` so its bundle never reaches here.
 */
export async function streamRollupWorkbook(result: RollupResult, layout: Layout, output: WorkbookOutput, options: RollupWorkbookOptions = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    // Inline strings: a shared-string table is held whole until the end (every distinct text of
    // every sheet), about as much memory again as the rows for a large roll-up, and it was slower.
    useSharedStrings: false,
    zip: { zlib: { level: ROLLUP_DEFLATE_LEVEL } },
  });
  // A turn of the event loop every few hundred rows lets the zip take the committed rows and deflate them into the output.
  await fillRollupWorkbook(workbook, rollupReport(result, layout, options), options, untilZipTakes);
  await workbook.commit();
}
