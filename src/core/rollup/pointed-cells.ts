import type { Layout } from "../layout/schema";
import type { SourceRecord } from "../model/record";
import type { Detection } from "../model/sheet-result";
import type { LayoutRoles } from "./layout-roles";

/**
 * Field → the source column of the cell a roll-up-level issue points at (`duplicate-row`,
 * `quota-exceeded`, `stage-regressed`); a field absent has no cell (its value came from the info
 * line or a section).
 */
export type PointedColumns = Readonly<Record<string, number>>;

/** A row with no pointed cell (a one-school sheet's row of the roll-up). */
export const NONE_POINTED: PointedColumns = Object.freeze({});

/**
 * The fields whose cell a roll-up-level issue points at: the duplicate key's first field, the
 * quota's category and the stage. A row's other cells are its own issues' business, located when
 * its sheet was checked; the roll-up keeps only these, so what it holds per row does not grow with
 * the layout's fields.
 */
export function pointedFields(layout: Layout, roles: LayoutRoles): string[] {
  const fields = [layout.duplicateKey[0], roles.category, roles.stage].filter((f): f is string => f !== undefined);
  return [...new Set(fields)];
}

/**
 * The pointed columns of a sheet's rows, one object shared by every row whose cells sit in their
 * field's column of the header (nearly all): a row read otherwise (a merged cell's top-left in
 * another column, a value from the info line) gets its own.
 */
export function sheetPointedColumns(fields: readonly string[], detection: Detection | undefined): (record: Pick<SourceRecord, "columns">) => PointedColumns {
  const usual: Record<string, number> = {};
  for (const field of fields) {
    const column = detection?.columns.find((c) => c.field === field)?.column;
    if (column !== undefined) usual[field] = column;
  }
  return ({ columns }) => {
    let own: Record<string, number> | undefined;
    for (const field of fields) {
      const column = columns[field];
      if (column === usual[field]) continue;
      own ??= { ...usual };
      if (column === undefined) delete own[field];
      else own[field] = column;
    }
    return own ?? usual;
  };
}
