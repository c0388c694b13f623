import type ExcelJS from "exceljs";
import { OVERRUN_STYLE } from "../../core/presentation/overrun-style";
import { SEVERITY_FILL } from "../../core/presentation/severity-fill";
import { blockPositions, sheetWidth } from "../../core/report/report-layout";
import type { ReportBlock, ReportSheet } from "../../core/report/report-model";
import { cellContent } from "./cell-text";
import { bodyStyle, fitColumns, fitRowHeight, pageOptions, styleCaption, styleHeader, styleInfo, styleTitle } from "./sheet-style";

/** Rows written between two `pause()`s. */
const PAUSE_ROWS = 500;

/**
 * One sheet of a report, styled: title row, info line, then each block's caption, header (the
 * first frozen and repeated when printed) and bordered rows, marked cells filled with their
 * severity's colour, overrun rows in red. Rows are written top to bottom and committed as they
 * are, so the same code writes into an in-memory workbook and into ExcelJS's streaming writer
 * (where a committed row is written out and dropped). `pause` is awaited every few hundred rows: the
 * streaming writer's zip reads what was committed only when the event loop turns, so without it
 * every row would wait in memory until the end. Every value is a value, never a formula
 * (`cellContent`). Charts are not written: ExcelJS has none.
 */
export async function addReportSheet(workbook: ExcelJS.Workbook, spec: ReportSheet, pause?: (sheet: ExcelJS.Worksheet) => Promise<void>): Promise<ExcelJS.Worksheet> {
  const positions = blockPositions(spec);
  const firstHeader = (positions[0]?.header ?? 0) + 1;
  const sheet = workbook.addWorksheet(spec.name, pageOptions(firstHeader));
  const width = sheetWidth(spec);
  // Widths go before any row is committed: the streaming writer writes them with the first row.
  const widths = fitColumns(sheet, spec.blocks);
  let next = 1;
  const row = (at: number) => {
    // Blank rows between blocks are committed as they are passed.
    while (next < at) sheet.getRow(next++).commit();
    next = at + 1;
    return sheet.getRow(at);
  };
  styleTitle(sheet, row(1).number, width, spec.title);
  sheet.getRow(1).commit();
  if (spec.info !== undefined) {
    styleInfo(sheet, row(2).number, width, spec.info);
    sheet.getRow(2).commit();
  }
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  let written = 0;
  for (const [b, block] of spec.blocks.entries()) {
    const at = positions[b];
    if (at.caption !== undefined) styleCaption(row(at.caption + 1), block.caption ?? "").commit();
    const headerRow = row(at.header + 1);
    block.header.forEach((h, c) => (headerRow.getCell(c + 1).value = h));
    styleHeader(headerRow, block.header.length);
    headerRow.commit();
    const fills = fillsOf(block);
    const overruns = new Set(block.overrunRows);
    for (const [i, values] of block.rows.entries()) {
      if (pause && ++written % PAUSE_ROWS === 0) await pause(sheet);
      const r = row(at.header + 2 + i);
      for (let c = 0; c < block.header.length; c++) {
        const cell = r.getCell(c + 1);
        const content = cellContent(values[c]);
        cell.style = bodyStyle(styles, content?.text ?? false, fills.get(i)?.get(c), overruns.has(i));
        if (content !== undefined) cell.value = content.value;
      }
      fitRowHeight(r, values, widths);
      r.commit();
    }
  }
  return sheet;
}

/** Fill colour of each marked cell: row → column → `#RRGGBB`. */
function fillsOf(block: ReportBlock): Map<number, Map<number, string>> {
  const fills = new Map<number, Map<number, string>>();
  for (const m of block.marks) {
    let row = fills.get(m.row);
    if (!row) fills.set(m.row, (row = new Map()));
    row.set(m.column, SEVERITY_FILL[m.severity]);
  }
  for (const i of block.overrunRows) {
    let row = fills.get(i);
    if (!row) fills.set(i, (row = new Map()));
    for (let c = 0; c < block.header.length; c++) if (!row.has(c)) row.set(c, OVERRUN_STYLE.fill);
  }
  return fills;
}
