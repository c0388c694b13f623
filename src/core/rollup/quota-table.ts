import type { Catalog } from "../layouts/catalog";
import type { FieldValue } from "../model/record";
import { cityOf } from "../rules/districts";

/** Rows of a reference table (`zhejiang-pilot-quota`): a sheet among the inputs, else the built-in table. */
export type TableRows = ReadonlyArray<Record<string, FieldValue>>;

/** The rows of reference layout `tableId`: those read from the inputs when any, else the layout's built-in rows. */
export function tableRows(tableId: string, fromInputs: ReadonlyMap<string, TableRows>, catalog: Catalog): TableRows {
  const read = fromInputs.get(tableId);
  if (read && read.length > 0) return read;
  return catalog.get(tableId)?.builtIn ?? [];
}

/**
 * The limit a table gives a scope: the row whose `keyColumn` names the same city as `scope`
 * (`湖州` = `湖州市`), its `column` as a whole number. Undefined when the table has no such row.
 */
export function tableLimit(rows: TableRows, keyColumn: string, column: string, scope: string): number | undefined {
  const target = cityOf(scope) ?? scope;
  for (const row of rows) {
    const key = row[keyColumn];
    if (key === null || key === undefined) continue;
    if ((cityOf(key) ?? String(key)) !== target) continue;
    const limit = Number(row[column]);
    return Number.isInteger(limit) && limit >= 0 ? limit : undefined;
  }
  return undefined;
}
