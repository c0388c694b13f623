/**
 * Write a roll-up into the workbook as new sheets: core's description of the roll-up workbook
 * (`rollupReport`, the same sheets, headers and values as the downloaded file), each list an Excel
 * table, marked cells in their severity's colour, 名额's overruns in red, 统计 and 等级分布 with
 * charts. An existing sheet of the same name is never overwritten unless `onConflict` says so. One
 * `Excel.run`: a sync to learn the sheet names, then writes queued against the payload budget (one
 * sync while they fit 4 MiB), then the tables, styles and charts.
 */

import type { Layout } from "../core/layout/schema";
import { OVERRUN_STYLE } from "../core/presentation/overrun-style";
import { SEVERITY_FILL } from "../core/presentation/severity-fill";
import { blockPositions, sheetWidth } from "../core/report/report-layout";
import type { CellMark, ChartSpec, ReportBlock, ReportSheet, ReportSheetKind } from "../core/report/report-model";
import { rollupReport, type RollupReportOptions } from "../core/report/rollup-report";
import type { RollupResult } from "../core/rollup/result";
import { areaAddress, cellAddress } from "./a1-address";
import { verticalRuns } from "./cell-runs";
import { displayLocale } from "./display-locale";
import { PayloadBatch } from "./payload-batch";
import { uniqueSheetName } from "./sheet-name";
import { queueBlock } from "./write-block";

/** What to do when a sheet of the name exists: write beside it under `名称 (2)`, replace it, or stop. */
export type ConflictChoice = "rename" | "replace" | "cancel";

export interface WriteRollupOptions extends RollupReportOptions {
  /** Asked for each name already taken; default `rename`. The pane asks the person before `replace`. */
  onConflict?: (name: string) => ConflictChoice | Promise<ConflictChoice>;
}

export interface WriteRollupResult {
  /** Nothing was written: `onConflict` answered `cancel`. */
  cancelled: boolean;
  sheets: Array<{ kind: ReportSheetKind; name: string }>;
}

const TABLE_STYLE = "TableStyleMedium2";
const HEADER_FILL = "#DDEBF7";
/** Rows a chart takes, and its width in columns. */
const CHART_ROWS = 16;
const CHART_COLUMNS = 8;

/** `options.locale` defaults to Excel's display language. */
export async function writeRollup(result: RollupResult, layout: Layout, options: WriteRollupOptions = {}): Promise<WriteRollupResult> {
  const sheets = rollupReport(result, layout, { ...options, locale: options.locale ?? displayLocale() }).sheets;

  return Excel.run(async (context) => {
    const book = context.workbook;
    book.worksheets.load("items/name");
    await context.sync();
    const taken = new Set(book.worksheets.items.map((s) => s.name));

    // Decide every name before writing anything, so `cancel` leaves the workbook as it was.
    const plan: Array<{ sheet: ReportSheet; name: string; replaces?: string }> = [];
    for (const sheet of sheets) {
      const exists = [...taken].find((n) => n.toLowerCase() === sheet.name.toLowerCase());
      if (!exists) {
        plan.push({ sheet, name: sheet.name });
        taken.add(sheet.name);
        continue;
      }
      const choice = (await options.onConflict?.(exists)) ?? "rename";
      if (choice === "cancel") return { cancelled: true, sheets: [] };
      const name = uniqueSheetName(sheet.name, [...taken, ...plan.map((p) => p.name)]);
      taken.add(name);
      plan.push(choice === "replace" ? { sheet, name, replaces: exists } : { sheet, name });
    }

    const batch = new PayloadBatch(context);
    const added: Array<{ ws: Excel.Worksheet; sheet: ReportSheet; replaces?: string }> = [];
    for (const { sheet, name, replaces } of plan) {
      await batch.reserveWrite(name);
      const ws = book.worksheets.add(name);
      await queueSheet(batch, ws, sheet);
      added.push({ ws, sheet, replaces });
    }
    // Replaced sheets go only once their successors are written (Excel keeps at least one sheet).
    for (const { ws, sheet, replaces } of added) {
      if (!replaces) continue;
      book.worksheets.getItem(replaces).delete();
      ws.name = replaces;
      plan.find((p) => p.sheet === sheet)!.name = replaces;
    }
    added[0]?.ws.activate();
    await batch.sync();
    return { cancelled: false, sheets: plan.map((p) => ({ kind: p.sheet.kind, name: p.name })) };
  });
}

/** Queue one sheet at the rows `blockPositions` gives, charts to the right of its blocks. */
async function queueSheet(batch: PayloadBatch, ws: Excel.Worksheet, sheet: ReportSheet): Promise<void> {
  const width = sheetWidth(sheet);
  const positions = blockPositions(sheet);
  await queueLine(batch, ws, 0, width, sheet.title, { bold: true, size: 16, center: true });
  if (sheet.info !== undefined) await queueLine(batch, ws, 1, width, sheet.info, {});
  let chartRow = 0;
  let bottom = 0;
  for (const [b, block] of sheet.blocks.entries()) {
    const { caption, header } = positions[b];
    if (caption !== undefined) await queueLine(batch, ws, caption, 1, block.caption ?? "", { bold: true, size: 12 });
    await queueBlock(batch, ws, header, 0, [block.header, ...block.rows]);
    await queueBlockStyle(batch, ws, header, block);
    for (const chart of block.charts) {
      await queueChart(batch, ws, header, chart, { top: chartRow, left: width + 1 });
      chartRow += CHART_ROWS + 1;
    }
    bottom = header + block.rows.length;
  }
  if (positions.length) ws.freezePanes.freezeRows(positions[0].header + 1);
  await batch.reserveWrite("autofit");
  ws.getRange(areaAddress({ top: 0, left: 0, bottom, right: width - 1 })).format.autofitColumns();
}

/** A one-cell line (title, info line, caption), merged across `span` columns when wider than one. */
async function queueLine(batch: PayloadBatch, ws: Excel.Worksheet, row: number, span: number, text: string, look: { bold?: boolean; size?: number; center?: boolean }): Promise<void> {
  await queueBlock(batch, ws, row, 0, [[text]]);
  await batch.reserveWrite(["line", look]);
  const range = ws.getRange(areaAddress({ top: row, left: 0, bottom: row, right: Math.max(0, span - 1) }));
  if (span > 1) range.merge(false);
  if (look.center) range.format.horizontalAlignment = "Center";
  if (look.bold) range.format.font.bold = true;
  if (look.size) range.format.font.size = look.size;
}

async function queueBlockStyle(batch: PayloadBatch, ws: Excel.Worksheet, headerRow: number, block: ReportBlock): Promise<void> {
  const right = block.header.length - 1;
  const all = areaAddress({ top: headerRow, left: 0, bottom: headerRow + Math.max(1, block.rows.length), right });
  if (block.list) {
    await batch.reserveWrite(["table", all]);
    // The range object, not its address: an address without a sheet name is taken on the active
    // sheet, and the sheet being written is not active yet.
    const table = ws.tables.add(ws.getRange(all), true);
    table.style = TABLE_STYLE;
  } else {
    await batch.reserveWrite("header style");
    const header = ws.getRange(areaAddress({ top: headerRow, left: 0, bottom: headerRow, right }));
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
  }
  // Marked cells, a run of same-severity cells in a column at a time.
  const at = (m: CellMark) => ({ ...m, row: headerRow + 1 + m.row });
  for (const run of verticalRuns(block.marks.map(at), (a, b) => a.severity === b.severity)) {
    await batch.reserveWrite(["mark", run.area]);
    ws.getRange(areaAddress(run.area)).format.fill.color = SEVERITY_FILL[run.items[0].severity];
  }
  for (const i of block.overrunRows) {
    await batch.reserveWrite("overrun");
    const range = ws.getRange(areaAddress({ top: headerRow + 1 + i, left: 0, bottom: headerRow + 1 + i, right }));
    range.format.font.color = OVERRUN_STYLE.font;
    range.format.font.bold = true;
    range.format.fill.color = OVERRUN_STYLE.fill;
  }
}

/**
 * A chart of some block columns over its first `spec.rows` rows. The charted columns beside each
 * other (`columns[1…]`) are the source, header row included so each series is named; the category
 * labels (column 0) are set as every series' x-axis values.
 */
async function queueChart(batch: PayloadBatch, ws: Excel.Worksheet, headerRow: number, spec: ChartSpec, at: { top: number; left: number }): Promise<void> {
  if (!spec.rows) return;
  const data = spec.columns.filter((c) => c !== 0);
  const bottom = headerRow + spec.rows;
  await batch.reserveWrite(["chart", spec]);
  const source = ws.getRange(areaAddress({ top: headerRow, left: Math.min(...data), bottom, right: Math.max(...data) }));
  const labels = ws.getRange(areaAddress({ top: headerRow + 1, left: 0, bottom, right: 0 }));
  const chart = ws.charts.add(spec.type, source, "Columns");
  chart.title.text = spec.title;
  data.forEach((_c, i) => chart.series.getItemAt(i).setXAxisValues(labels));
  chart.setPosition(cellAddress(at.top, at.left), cellAddress(at.top + CHART_ROWS - 1, at.left + CHART_COLUMNS - 1));
}
