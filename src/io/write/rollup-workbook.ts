import ExcelJS from "exceljs";
import type { Layout } from "../../core/layout/schema";
import { rollupReport, type RollupReportOptions } from "../../core/report/rollup-report";
import type { RollupReport } from "../../core/report/report-model";
import type { RollupResult } from "../../core/rollup/result";
import { addReportSheet } from "./report-sheet";

export type RollupWorkbookOptions = RollupReportOptions;

/**
 * Level 1 deflate: a roll-up is written once and read a few times; the default level took about a
 * fifth of the write time for a file about a fifth smaller.
 */
export const ROLLUP_DEFLATE_LEVEL = 1;

/**
 * The roll-up as a real .xlsx, in memory (the page's download; the CLI streams it to its file with
 * `streamRollupWorkbook`): every sheet of `rollupReport` styled and printable. Every value from a
 * submission is written as a value.
 */
export async function writeRollupWorkbook(result: RollupResult, layout: Layout, options: RollupWorkbookOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await fillRollupWorkbook(workbook, rollupReport(result, layout, options), options);
  return new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compressionOptions: { level: ROLLUP_DEFLATE_LEVEL } } } as ExcelJS.XlsxWriteOptions));
}

/**
 * Every sheet of `report` into `workbook` (in memory or streaming), each committed once written;
 * `pause` is handed to `addReportSheet`.
 */
export async function fillRollupWorkbook(workbook: ExcelJS.Workbook, report: RollupReport, options: RollupWorkbookOptions, pause?: (sheet: ExcelJS.Worksheet) => Promise<void>): Promise<void> {
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  workbook.creator = "SmartCampus roll-up";
  workbook.created = new Date(`${date}T00:00:00Z`);
  for (const sheet of report.sheets) commitSheet(await addReportSheet(workbook, sheet, pause));
}

/** The streaming writer's worksheet writes its end and frees its rows; an in-memory one has nothing to do. */
function commitSheet(sheet: ExcelJS.Worksheet): void {
  (sheet as ExcelJS.Worksheet & { commit?: () => void }).commit?.();
}
