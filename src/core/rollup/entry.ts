import type { LocatedIssue } from "../model/issue";
import type { FieldValue } from "../model/record";
import type { PointedColumns } from "./pointed-cells";
import type { RowSource } from "./result";

/** One row while the roll-up is built: a record reduced to what the roll-up needs (no grid). */
export interface Entry {
  /** Arrival order, the "source order" of quota overruns and ties. */
  order: number;
  /** Index of the sheet it came from in the roll-up's sheet list. */
  sheet: number;
  source: RowSource;
  values: Record<string, FieldValue>;
  /** The columns roll-up issues point at (`pointedFields`: duplicate key, quota category, stage); shared by a sheet's rows. */
  columns: PointedColumns;
  district: string | null;
  /** The school (or 单位) as written, `""` when missing. */
  school: string;
  /** `nameKey(school)`: what two rows of one school share. */
  schoolKey: string;
  /** The row's own issues from its sheet, located (`NO_ISSUES`, shared, when it has none). */
  issues: readonly LocatedIssue[];
}

/** One sheet taken into the roll-up. */
export interface SheetEntry {
  path: string;
  sheet: string;
  period?: string;
  /** Distinct schools on the sheet: a county roll-up lists many, a school's own file one. */
  breadth: number;
  /** The file's modification time (ms since 1970), when the caller knows it. */
  modified?: number;
  /** How strongly the file's name says it is a correction (`correctionRank`). */
  correction: number;
}

/** The issues of a row that has none: one array for every such row. */
export const NO_ISSUES: readonly LocatedIssue[] = Object.freeze([]);
