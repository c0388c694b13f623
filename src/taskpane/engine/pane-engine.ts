import type { LearnedColumn } from "../../core/learn/learn-layout";
import type { Layout, LayoutInput, ValueType } from "../../core/layout/schema";
import type { Grid } from "../../core/model/grid";
import type { LocatedIssue } from "../../core/model/issue";
import type { FileResult, SheetResult } from "../../core/model/sheet-result";
import type { FileEntry, RollupResult, RollupRun } from "../../core/rollup/result";
import type { RosterEntry } from "../../core/roster/roster-entry";
import type { FeedbackFile, MissingSubmitter } from "../../core/feedback/feedback-files";
import type { PaneLocale } from "../i18n/locale";

/** A layout as the pane lists it (drop-downs, titles). */
export interface LayoutInfo {
  id: string;
  title: string;
  kind: string;
  /** City the layout belongs to (`湖州市`), absent for a province-wide layout. */
  city?: string;
  /** Built into the product, or one a person learned or loaded (saved in the workbook or browser). */
  origin: "built-in" | "user";
  /** A user layout with a built-in's id, used in its place. */
  replacesBuiltIn?: boolean;
}

/** What the engine's layout-file parser says of a layout: checked, or every fault as a sentence. */
export type LayoutCheck =
  | { ok: true; layout: Layout; notes: string[] }
  | { ok: false; messages: string[] };

/** A layout learned from a blank template, for a person to check and correct before saving. */
export interface LearnedLayout {
  /** As a file holds it (defaults left out): what the editor changes. */
  layout: LayoutInput;
  /** One entry per column of the template: its header and why each field is as it is. */
  columns: LearnedColumn[];
  /** What could not be inferred, in the pane's language; kept in the file's `notes`. */
  notes: string[];
}

export type LearnOutcome = ({ ok: true } & LearnedLayout) | { ok: false; message: string };

/** One file read into grids, or why it could not be read. */
export interface ReadOutcome {
  grids: Grid[];
  /** `unreadable-file` (encrypted, corrupt, not a spreadsheet); then `grids` is empty. */
  error?: LocatedIssue;
}

/** A file taken out of a dropped archive, read on demand. */
export interface ArchivedFile {
  /** `归档.zip › 吴兴区/某校.xlsx`. */
  path: string;
  /** Its modification time as the archive records it. */
  modified: Date;
  /** Takes it out (inflated once, within the archive's caps) and reads it. */
  read(): Promise<ReadOutcome>;
}

/** A dropped archive's files, or why it could not be opened. */
export type ArchiveOpening = { files: ArchivedFile[] } | { files: []; error: LocatedIssue };

/** A roll-up being built file by file, so the pane can yield between files. */
export interface RollupSession {
  /**
   * Takes one file's sheets; returns what is known of each sheet at once (recognised or not), for the
   * file's status while the rest are read. `finish` gives the final word.
   */
  addFile(path: string, outcome: ReadOutcome, modified?: Date): FileEntry[];
  /**
   * Takes one file already read and analysed elsewhere (a reader worker, with this session's
   * layouts and `layoutId`, duplicates left to the roll-up); returns the same entries as `addFile`.
   */
  addAnalyzed(file: FileResult, modified?: Date): FileEntry[];
  /** Every sheet's fate and one roll-up per layout found among the files. */
  finish(): RollupRun;
}

/** A roster read from a file: who must submit (docs/DOMAIN.md#rosters). */
export interface PaneRoster {
  /** The file it was read from. */
  path: string;
  /** The sheet whose 学校名称 (or 区县) column gave the entries. */
  sheet: string;
  entries: RosterEntry[];
}

/**
 * What the pane needs from the engine (`src/core`, `src/io`), behind one lazily loaded chunk: the pane
 * paints first, the engine arrives next, and the file parser and the workbook writer load only when a
 * file is read or written.
 */
export interface PaneEngine {
  /** Built-in layouts, then the user's (a user layout with a built-in's id in the built-in's place). */
  layouts: LayoutInfo[];
  /** The value types a field may have, in the schema's order (the editor's type choices). */
  valueTypes: readonly ValueType[];
  /** An engine over the built-in layouts and these user layouts; every tab then recognises them. */
  withUserLayouts(layouts: readonly Layout[]): PaneEngine;
  /** Zhejiang's prefecture-level cities, for the template's city. */
  cities: string[];
  /** The whole layout of a listed id (the template writers need it). */
  layout(id: string): Layout | undefined;
  /** Every layout of the catalog as data, for a reader worker to rebuild the same catalog. */
  catalogLayouts(): Layout[];
  readFile(bytes: Uint8Array, fileName: string): Promise<ReadOutcome>;
  /** A .zip of submissions: its spreadsheets and Word documents (one level of zips inside too), read as if dropped one by one. */
  openArchive(bytes: Uint8Array, path: string): Promise<ArchiveOpening>;
  /**
   * A blank template read for learning: its sheets with the drop-down lists of an .xlsx (ExcelJS,
   * loaded on first use); `listsUnreadable` when the format carries lists the readers cannot see.
   */
  readTemplate(bytes: Uint8Array, fileName: string): Promise<ReadOutcome & { listsUnreadable: boolean }>;
  /** The layout of a blank template's sheet (core's `learnLayout`), or why it has none. */
  learnLayout(grid: Grid, options: { locale: PaneLocale; listsUnreadable?: boolean }): LearnOutcome;
  /** Checks a layout object (an edited draft, a stored one) as the layout-file parser does; faults name `fileName`. */
  checkLayout(input: unknown, fileName: string, locale: PaneLocale): LayoutCheck;
  /** Reads the text of a `*.layout.json` (not JSON, schema faults: every one with its JSON path). */
  parseLayoutFile(text: string, fileName: string, locale: PaneLocale): LayoutCheck;
  /** A layout as the text of a `*.layout.json`, `"$schema"` first. */
  layoutFileText(layout: Layout | LayoutInput, notes: readonly string[]): string;
  /** Detect + read + validate one sheet; `layoutId` forces a layout instead of recognising one. */
  analyzeSheet(grid: Grid, layoutId?: string): SheetResult;
  /** The issue's sentence, with its file, sheet, row and column when the issue carries them. */
  formatIssue(issue: LocatedIssue, locale: PaneLocale): string;
  /**
   * The roster in a file's sheets: the first sheet with a 学校名称 (or 区县) column and at least one
   * entry (any list, or a previous roll-up); undefined when none has one.
   */
  findRoster(grids: Grid[], path: string): PaneRoster | undefined;
  /**
   * `layoutId` restricts the roll-up to one layout (the 评分 tab's indicator sheets); `roster` adds
   * `not-submitted` / `not-on-roster` to each roll-up.
   */
  startRollup(options?: { layoutId?: string; roster?: RosterEntry[] }): RollupSession;
  /** The roll-up as a styled .xlsx (ExcelJS, loaded on first use), its issue messages in `locale`. */
  writeRollupWorkbook(result: RollupResult, locale: PaneLocale): Promise<Uint8Array>;
  /** A blank official template as .xlsx, its 区县 drop-down from `city` (default: the layout's). */
  writeTemplateWorkbook(layoutId: string, city: string | undefined): Promise<Uint8Array>;
  /** What goes back to the schools after a roll-up: each file with an issue, its message and its copy's name. */
  feedback(run: RollupRun, locale: PaneLocale): PaneFeedback;
  /** A school's file with its problems marked and a first sheet 问题说明 (ExcelJS, loaded on first use). */
  writeFeedbackCopy(bytes: Uint8Array, fileName: string, item: FeedbackItem, locale: PaneLocale): Promise<Uint8Array>;
  /** Files into one .zip (names in UTF-8). */
  zip(files: Record<string, Uint8Array>): Promise<Uint8Array>;
  /** The message to paste for one checked sheet (the 校验 tab's 复制问题说明). */
  sheetMessage(result: SheetResult, file: string, locale: PaneLocale): string;
}

/** One file to send back. */
export interface FeedbackItem {
  file: FeedbackFile;
  /** The text to paste (≤ 500 characters). */
  message: string;
  /** `退回_某校.xlsx`. */
  copyName: string;
}

export interface PaneFeedback {
  items: FeedbackItem[];
  /** Roster entries that sent nothing: listed, no copy. */
  missing: MissingSubmitter[];
  /** 退回说明.txt and its text. */
  messagesFile: string;
  messagesText: string;
}
