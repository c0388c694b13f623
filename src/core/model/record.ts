/** A field's value after normalisation (NFKC, trimmed, numbers parsed where the field is numeric). */
export type FieldValue = string | number | null;

/** Where a value came from on the source sheet (1-based). A filled-down merged cell points at its top-left. */
export interface CellRef {
  row: number;
  column: number;
}

/** One data row of a recognised sheet, keyed by canonical field names (docs/DOMAIN.md#layouts). */
export interface SourceRecord {
  /** 1-based row of the source sheet. */
  row: number;
  /** Canonical field → normalised value. Every field of the layout is present (null when empty). */
  values: Record<string, FieldValue>;
  /**
   * Canonical field → the source column (1-based) of the cell it was read from; absent for values
   * not read from a cell (e.g. 类别 from a section, 区县 from the info line). The cell's row is
   * `row` unless `cellRows` names another: `cellOf(record, field)` gives the cell. Two numbers per
   * field rather than an object per cell: a 100,000-row sheet's records held 900,000 of those.
   */
  columns: Record<string, number>;
  /** Canonical field → the source row of its cell, where that is not `row` (a merged cell's top-left above, a form's field on its own line). */
  cellRows?: Record<string, number>;
  /** Fields whose value was supplied rather than read: `{"区县": "info-line"}`, `{"类别": "section"}`, `{"区县": "merged"}`. */
  filled?: Record<string, "info-line" | "section" | "merged">;
  /**
   * A field read from several sub-columns (`联系电话` split into `手机 | 座机`): each non-empty part
   * and its cell, so an issue about one part names that cell. `values` holds the parts joined by `/`.
   */
  parts?: Record<string, Array<{ text: string; cell: CellRef }>>;
}

/** The cell a record's field was read from, or undefined when its value was not read from a cell. */
export function cellOf(record: Pick<SourceRecord, "row" | "columns" | "cellRows">, field: string): CellRef | undefined {
  const column = record.columns[field];
  if (column === undefined) return undefined;
  return { row: record.cellRows?.[field] ?? record.row, column };
}

/** Notes that a record's field was read from `cell`. */
export function setCell(record: Pick<SourceRecord, "row" | "columns" | "cellRows">, field: string, cell: CellRef): void {
  record.columns[field] = cell.column;
  if (cell.row !== record.row) (record.cellRows ??= {})[field] = cell.row;
  else if (record.cellRows) delete record.cellRows[field];
}

/**
 * A row that holds something but is not data, or blank inside the table: `placeholder` (`…`),
 * `note` (`注：`), `template` (only 序号 filled), and the rows that are not schools (the rules'
 * `nonSchoolRow`): `subtotal` (小计/合计/总计), `example` (the template's 示例 row, `XX学校`),
 * `instruction` (填写说明 and per-column hints under the header), `signature` (the 填表人/审核人 line under the table).
 */
export interface SkippedRow {
  row: number;
  reason: SkipReason;
}

export const SKIP_REASONS = ["blank", "placeholder", "note", "template", "subtotal", "example", "instruction", "signature"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
