import type { Layout } from "../layout/schema";
import type { CellRef } from "../model/record";
import type { LayoutRoles } from "./layout-roles";

/**
 * The fields whose cell a roll-up-level issue points at: the duplicate key's first field
 * (`duplicate-row`), the quota's category (`quota-exceeded`) and the stage (`stage-regressed`).
 * A row's other cells are its own issues' business, located when its sheet was checked; the
 * roll-up keeps only these, so what it holds per row does not grow with the layout's fields.
 */
export function pointedFields(layout: Layout, roles: LayoutRoles): string[] {
  const fields = [layout.duplicateKey[0], roles.category, roles.stage].filter((f): f is string => f !== undefined);
  return [...new Set(fields)];
}

/** A record's cells of the pointed fields only (those it has). */
export function pointedCells(cells: Readonly<Record<string, CellRef>>, fields: readonly string[]): Record<string, CellRef> {
  const kept: Record<string, CellRef> = {};
  for (const field of fields) {
    const cell = cells[field];
    if (cell) kept[field] = { row: cell.row, column: cell.column };
  }
  return kept;
}
