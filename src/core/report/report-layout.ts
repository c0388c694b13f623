import type { ReportSheet } from "./report-model";

/** Where a block of a report sheet sits: 0-based rows of its caption (when any) and header; data follows the header. */
export interface BlockPosition {
  caption?: number;
  header: number;
}

/**
 * Rows of a sheet as both writers lay it out: the title on row 0, the info line under it, then the
 * blocks, a blank row between two, each block's caption above its header.
 */
export function blockPositions(sheet: ReportSheet): BlockPosition[] {
  let row = sheet.info !== undefined ? 2 : 1;
  return sheet.blocks.map((block, i) => {
    if (i > 0) row++;
    const caption = block.caption !== undefined ? row++ : undefined;
    const header = row;
    row += 1 + block.rows.length;
    return caption !== undefined ? { caption, header } : { header };
  });
}

/** Columns the sheet spans: its widest header. */
export function sheetWidth(sheet: ReportSheet): number {
  return Math.max(1, ...sheet.blocks.map((b) => b.header.length));
}
