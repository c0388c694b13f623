import type { WriterCell } from "./cell";

/** A header and its rows with the columns moved into `order` (header texts): a school that rearranged the template. */
export function reorderColumns<C extends WriterCell>(header: string[], rows: C[][], order: string[]): { header: string[]; rows: Array<Array<C | null>> } {
  const index = order.map((h) => header.indexOf(h));
  return { header: order, rows: rows.map((r) => index.map((i) => r[i] ?? null)) };
}
