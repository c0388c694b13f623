import type { LocatedIssue } from "../model/issue";
import type { SheetResult } from "../model/sheet-result";
import type { Entry } from "./entry";
import type { RollupResult } from "./result";

/** One sheet as the shared roll-up hands it to its layout kind. */
export interface SheetInput {
  path: string;
  sheet: SheetResult;
  /** Index of the sheet in the roll-up's sheet list. */
  index: number;
  /** The district the sheet's info line names (`区县：吴兴区`), when the layout reads one. */
  infoDistrict: string | undefined;
  /** `YYYY-MM` of a monthly report's sheet. */
  period: string | undefined;
  /** The sheet's own issues by source row (not for a one-school sheet, whose issues are the sheet's). */
  rowIssues: ReadonlyMap<number, LocatedIssue[]>;
  /** The next arrival order (shared by every sheet of the roll-up). */
  nextOrder: () => number;
}

/**
 * What a layout kind decides in a roll-up (`create-rollup.ts` does the rest, alike for every kind):
 * which rows a sheet brings, the merged sheet's columns, and what is reported beside the rows.
 */
export interface RollupKind {
  /** The merged sheet's columns, in order; every row's values have these keys. */
  readonly fields: string[];
  /** One sheet is one school: the sheet's issues stay the sheet's, a sheet read is one row. */
  readonly perSheet: boolean;
  /** The column naming the school (duplicates across sheets, the roster), when there is one. */
  readonly schoolColumn: string | undefined;
  /** The column naming the district (the roster's district list), when there is one. */
  readonly districtColumn: string | undefined;
  /** The column renumbered from 1 on the merged sheet (`序号`), when there is one. */
  readonly numberColumn: string | undefined;
  /** The rows a sheet brings. */
  entriesOf(input: SheetInput): Entry[];
  /** Matches a replaced row with the kept file's row (what changed in a resubmission). */
  rowKey(entry: Entry, index: number): string;
  /** `duplicate-row` issues over the kept rows of every sheet. */
  duplicates(kept: readonly Entry[]): LocatedIssue[];
  /** Adds what the kind reports beside the rows (grades, ticked items), from the sorted kept rows. */
  complete(result: RollupResult, sorted: readonly Entry[], derivedBySheet: ReadonlyMap<number, Record<string, unknown>>): void;
}
