import type { Layout } from "../../core/layout/schema";
import type { Grid } from "../../core/model/grid";
import type { LocatedIssue } from "../../core/model/issue";
import type { RollupResult } from "../../core/rollup/result";
import type { StoredLayoutText } from "../../excel/layout-store";
import type { ConflictChoice } from "../../excel/write-rollup";
import type { PaneLocale } from "../i18n/locale";

/** Where an issue's cell is, for selecting it in Excel. Row and column are 1-based on the sheet. */
export interface CellTarget {
  sheet: string;
  row: number;
  column?: number;
}

/** What a roll-up write did: nothing (cancelled) or these sheets. */
export interface WrittenRollup {
  cancelled: boolean;
  sheets: string[];
}

/**
 * Where the pane keeps the layouts a person learned or loaded: the workbook (custom XML parts, so
 * they travel with the file) in Excel, the browser's local storage on the standalone page. It holds
 * each layout's `*.layout.json` text; the engine checks what is read back.
 */
export interface LayoutStore {
  where: "workbook" | "browser";
  loadLayouts(): Promise<StoredLayoutText[]>;
  /** Keeps the layout, replacing the one with the same id. */
  saveLayout(stored: StoredLayoutText): Promise<void>;
  /** Removes it; resolves whether there was one. */
  deleteLayout(id: string): Promise<boolean>;
}

/**
 * The Office operations the pane may use, handed to components as props. Only the Excel host has
 * the in-sheet ones; the standalone page leaves them undefined and the components hide what needs
 * them. Components never call Office.js themselves.
 */
export interface PaneHost {
  kind: "excel" | "browser";
  locale: PaneLocale;
  /** The active worksheet as a Grid; with `lists`, also the drop-down lists a blank template offers. */
  readActiveSheet?: (options?: { lists?: boolean }) => Promise<Grid>;
  /** Colour the cells of these issues on their sheet; returns how many cells were marked and what to say besides (in the pane's language). */
  markIssues?: (sheet: string, issues: LocatedIssue[]) => Promise<{ cells: number; remarks: string[] }>;
  /** Remove the marks this add-in made on the sheet. */
  clearMarks?: (sheet: string) => Promise<void>;
  /** Select (and scroll to) a cell. */
  selectCell?: (target: CellTarget) => Promise<void>;
  /**
   * Write a roll-up into new sheets of the open workbook. `onConflict` is asked, name by name, what to
   * do with a sheet that already exists; a `cancel` leaves the workbook untouched.
   */
  writeRollup?: (result: RollupResult, layout: Layout, onConflict: (name: string) => Promise<ConflictChoice>) => Promise<WrittenRollup>;
  /** Insert a blank official template as a new sheet. */
  insertTemplate?: (layout: Layout, city: string | undefined) => Promise<void>;
  /** Saved layouts (absent where nothing can be kept: the browser refuses local storage). */
  layoutStore?: LayoutStore;
}
