/**
 * Write a roll-up into the workbook as new sheets: 汇总 (an Excel table under the layout's official
 * title and header), 问题清单, 名额 (overruns in red), 统计 (tables and charts), 未报送. An existing
 * sheet of the same name is never overwritten unless `onConflict` says so. One `Excel.run`: a sync
 * to learn the sheet names, then writes queued against the payload budget (one sync while they
 * fit 4 MiB), then the tables, styles and charts.
 */

import { formatIssue } from "../core/messages/format-issue";
import type { CellValue } from "../core/model/grid";
import type { LocatedIssue } from "../core/model/issue";
import type { RollupResult } from "../core/rollup/result";
import { areaAddress, cellAddress } from "./a1-address";
import { displayLocale } from "./display-locale";
import { PayloadBatch } from "./payload-batch";
import { rollupSheets, type Block, type ChartSpec, type RollupSheet, type RollupSheetKind } from "./rollup-sheets";
import { uniqueSheetName } from "./sheet-name";
import { queueBlock } from "./write-block";

/** What to do when a sheet of the name exists: write beside it under `名称 (2)`, replace it, or stop. */
export type ConflictChoice = "rename" | "replace" | "cancel";

export interface WriteRollupOptions {
  /** Asked for each name already taken; default `rename`. The pane asks the person before `replace`. */
  onConflict?: (name: string) => ConflictChoice | Promise<ConflictChoice>;
  /** Message of an issue in 问题清单; default core's `formatIssue` in the display locale. */
  describe?: (issue: LocatedIssue) => string;
}

export interface WriteRollupResult {
  /** Nothing was written: `onConflict` answered `cancel`. */
  cancelled: boolean;
  sheets: Array<{ kind: RollupSheetKind; name: string }>;
}

const TABLE_STYLE = "TableStyleMedium2";
const HEADER_FILL = "#DDEBF7";
const OVERRUN_FONT = "#C00000";
const OVERRUN_FILL = "#FFC7CE";
/** Rows a chart takes on 统计, and its width in columns. */
const CHART_ROWS = 16;
const CHART_COLUMNS = 8;

export async function writeRollup(result: RollupResult, options: WriteRollupOptions = {}): Promise<WriteRollupResult> {
  const locale = displayLocale();
  const describe = options.describe ?? ((issue: LocatedIssue) => formatIssue(issue, locale));
  const sheets = rollupSheets(result, describe);

  return Excel.run(async (context) => {
    const book = context.workbook;
    book.worksheets.load("items/name");
    await context.sync();
    const taken = new Set(book.worksheets.items.map((s) => s.name));

    // Decide every name before writing anything, so `cancel` leaves the workbook as it was.
    const plan: Array<{ sheet: RollupSheet; name: string; replaces?: string }> = [];
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
    const added: Array<{ ws: Excel.Worksheet; sheet: RollupSheet; replaces?: string }> = [];
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

/** Queue one sheet: its blocks stacked with a blank row between, charts to the right of them. */
async function queueSheet(batch: PayloadBatch, ws: Excel.Worksheet, sheet: RollupSheet): Promise<void> {
  const width = Math.max(...sheet.blocks.map((b) => b.header.length));
  let row = 0;
  let chartRow = 0;
  for (const block of sheet.blocks) {
    if (block.title !== undefined) {
      await queueTitle(batch, ws, row, block.title, sheet.kind === "summary" ? block.header.length : 1, sheet.kind === "summary");
      row++;
    }
    const headerRow = row;
    await queueBlock(batch, ws, headerRow, 0, [block.header, ...block.rows]);
    await queueBlockStyle(batch, ws, headerRow, block);
    for (const chart of block.chart ?? []) {
      await queueChart(batch, ws, headerRow, block, chart, { top: chartRow, left: width + 1 });
      chartRow += CHART_ROWS + 1;
    }
    row = headerRow + 1 + block.rows.length + 1;
  }
  if (sheet.kind === "summary") ws.freezePanes.freezeRows(2);
  await batch.reserveWrite("autofit");
  ws.getRange(areaAddress({ top: 0, left: 0, bottom: Math.max(0, row - 1), right: Math.max(0, width - 1) })).format.autofitColumns();
}

async function queueTitle(batch: PayloadBatch, ws: Excel.Worksheet, row: number, title: string, span: number, official: boolean): Promise<void> {
  await queueBlock(batch, ws, row, 0, [[title] as CellValue[]]);
  await batch.reserveWrite("title style");
  const range = ws.getRange(areaAddress({ top: row, left: 0, bottom: row, right: Math.max(0, span - 1) }));
  if (official && span > 1) {
    range.merge(false);
    range.format.horizontalAlignment = "Center";
  }
  range.format.font.bold = true;
  range.format.font.size = official ? 16 : 12;
}

async function queueBlockStyle(batch: PayloadBatch, ws: Excel.Worksheet, headerRow: number, block: Block): Promise<void> {
  const right = block.header.length - 1;
  const all = areaAddress({ top: headerRow, left: 0, bottom: headerRow + Math.max(1, block.rows.length), right });
  if (block.table) {
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
  for (const i of block.redRows ?? []) {
    await batch.reserveWrite("overrun");
    const range = ws.getRange(areaAddress({ top: headerRow + 1 + i, left: 0, bottom: headerRow + 1 + i, right }));
    range.format.font.color = OVERRUN_FONT;
    range.format.font.bold = true;
    range.format.fill.color = OVERRUN_FILL;
  }
}

/**
 * A chart of some block columns. The charted columns beside each other (`columns[1…]`) are the
 * source, header row included so each series is named; the category labels (column 0) are set as
 * every series' x-axis values.
 */
async function queueChart(batch: PayloadBatch, ws: Excel.Worksheet, headerRow: number, block: Block, spec: ChartSpec, at: { top: number; left: number }): Promise<void> {
  if (!block.rows.length) return;
  const data = spec.columns.filter((c) => c !== 0);
  const bottom = headerRow + block.rows.length;
  await batch.reserveWrite(["chart", spec]);
  const source = ws.getRange(areaAddress({ top: headerRow, left: Math.min(...data), bottom, right: Math.max(...data) }));
  const labels = ws.getRange(areaAddress({ top: headerRow + 1, left: 0, bottom, right: 0 }));
  const chart = ws.charts.add(spec.type, source, "Columns");
  chart.title.text = spec.title;
  data.forEach((_c, i) => chart.series.getItemAt(i).setXAxisValues(labels));
  chart.setPosition(cellAddress(at.top, at.left), cellAddress(at.top + CHART_ROWS - 1, at.left + CHART_COLUMNS - 1));
}
