/**
 * Write a block of values in row chunks, each chunk's request under the payload budget. Text is
 * written into cells formatted `@` first, so a school name such as `=HYPERLINK(…)`, `+86 138…`,
 * `-` or `@某校` stays text and is never evaluated, and a phone number or a code such as `0572`
 * keeps its digits.
 */

import type { CellValue } from "../core/model/grid";
import { areaAddress } from "./a1-address";
import { jsonBytes, type PayloadBatch } from "./payload-batch";

/** The number format a written value needs: `@` (text) for every string, else the sheet's default. */
function formatOf(value: CellValue): string {
  return typeof value === "string" ? "@" : "General";
}

/**
 * Queue writing `rows` (a rectangle; short rows are padded) with its top-left at 0-based
 * `(top, left)`. Formats are queued before values in every chunk.
 */
export async function queueBlock(batch: PayloadBatch, sheet: Excel.Worksheet, top: number, left: number, rows: CellValue[][]): Promise<void> {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!rows.length || !width) return;
  const padded = rows.map((r) => Array.from({ length: width }, (_v, c) => r[c] ?? ""));
  let start = 0;
  while (start < padded.length) {
    // Grow the chunk while it fits half the budget (values and formats travel together).
    let end = start;
    let size = 0;
    while (end < padded.length) {
      const rowBytes = jsonBytes(padded[end]) + width * 6;
      if (end > start && size + rowBytes > 2 * 1024 * 1024) break;
      size += rowBytes;
      end++;
    }
    const values = padded.slice(start, end) as Array<Array<string | number | boolean>>;
    const formats = values.map((r) => r.map((v) => formatOf(v === "" ? null : v)));
    await batch.reserveWrite([values, formats]);
    const range = sheet.getRange(areaAddress({ top: top + start, left, bottom: top + end - 1, right: left + width - 1 }));
    range.numberFormat = formats;
    range.values = values;
    start = end;
  }
}
