import type { Issue, LocatedIssue } from "../model/issue";
import type { FieldValue, SkipReason } from "../model/record";

/** Where a row came from: the file, the sheet and its 1-based source row (plus the period of a monthly report). */
export interface RowSource {
  path: string;
  sheet: string;
  row: number;
  /** `sheet` is a table of a Word document (`表格1`). */
  table?: true;
  /** `YYYY-MM` of a monthly report (huzhou-space-progress), when known. */
  period?: string;
}

/** One row of the roll-up, in the layout's official column order. */
export interface MergedRow {
  /** Canonical field → value, keys in the layout's column order; `序号` renumbered from 1. */
  values: Record<string, FieldValue>;
  source: RowSource;
  /** The district the row is counted under (its column, the file's info line, or `市直属`); null when unknown. */
  district: string | null;
  /** The school (or 单位) the row belongs to, as written; `""` when missing. Set by the roll-up. */
  school?: string;
  /** Monthly progress only: the same school's rows from earlier periods, oldest first. */
  earlier?: Array<{ source: RowSource; values: Record<string, FieldValue> }>;
}

/**
 * Why a row read from a source is not in the roll-up.
 * - `covered-by-rollup`: the school's rows also arrive inside a wider roll-up (a county roll-up at the
 *   city level); the wider one is kept so the school is not counted twice.
 * - `superseded-period`: a monthly report's row replaced by the same school's row of a later period.
 * - `superseded-file`: the school sent a newer file (by time, else by a correction mark in its name),
 *   or its own newer file replaces its rows in a wider file.
 */
export type RejectReason = "covered-by-rollup" | "superseded-period" | "superseded-file";

export interface RejectedRow {
  source: RowSource;
  reason: RejectReason;
  values: Record<string, FieldValue>;
  /** The row that is kept in its place. */
  keptRow?: RowSource;
}

/**
 * What changed for one school between a file left out (`superseded-file`) and the file kept: the
 * earlier file's issues that are gone, those still there, and those that are new.
 */
export interface Resubmission {
  school: string;
  /** The file kept and its sheet. */
  path: string;
  sheet: string;
  /** The file whose rows of the school were left out. */
  earlierPath: string;
  earlierSheet: string;
  fixed: LocatedIssue[];
  open: LocatedIssue[];
  added: LocatedIssue[];
}

/**
 * Row accounting: every row under a header is `read` (data: `merged + rejected`) or `skipped`
 * (not data, counted apart by reason: the 合计 lines, 示例 rows and 填写说明 that are not schools,
 * and blank, `…`, `注：` rows). `read + skipped` is every row the roll-up looked at.
 */
export interface RowCounts {
  read: number;
  merged: number;
  rejected: number;
  skipped: number;
  /** `skipped` by reason; reasons with no row left out. */
  skippedBy: Partial<Record<SkipReason, number>>;
}

/** One quota scope (a district, a city, a municipal school) and category, over its limit or not. */
export interface QuotaUsage {
  scope: string;
  /** The category counted (`新型教学空间`, `区域` …); `""` when the quota has no category. */
  category: string;
  limit: number;
  count: number;
  exceeded: boolean;
}

/** taizhou-indicators: one school's A–D counts and its grade. */
export interface GradeRow {
  school: string;
  A: number;
  B: number;
  C: number;
  D: number;
  grade: string;
  district?: string | null;
  source: RowSource;
}

/** The grade distribution of the schools rolled up, against the city's targets. */
export interface GradeSummary {
  schools: number;
  /** Grade → number of schools at that grade exactly. */
  byGrade: Record<string, number>;
  /** Each target: schools at the grade or better, as a count and a share, and whether the target is met. */
  targets: Array<{ grade: string; count: number; share: number; target: number; kind: "share" | "count"; met: boolean }>;
}

/** zhangjiagang-feature-application: one school's ticked items and the level they can reach. */
export interface LevelRow {
  school: string;
  items: string[];
  count: number;
  /** `A`, `B`, `C`, or `""` when too few items are ticked. */
  level: string;
  source: RowSource;
}

/** Totals of one district (or of the whole roll-up, district `合计`). */
export interface DistrictTotals {
  district: string;
  rows: number;
  schools: number;
  /** Sum of the spaces field (拟建空间数量 / 空间建设数量), when the layout has one. */
  spaces?: number;
  /** Sum of the budget field (万元), when the layout has one. */
  budget?: number;
}

export interface RollupTotals {
  districts: DistrictTotals[];
  all: DistrictTotals;
}

/** What happened to one sheet (or one unreadable file) of the input. */
export interface FileEntry {
  path: string;
  /** Null for a file that could not be read at all. */
  sheet: string | null;
  status: "merged" | "failed" | "unknown-layout" | "skipped";
  layout: string | null;
  /** Data rows read from the sheet (0 when skipped or failed). */
  rows: number;
  /** Rows of the sheet skipped as not data, by reason (a 合计 line, a 示例 row …); absent when none. */
  skipped?: Partial<Record<SkipReason, number>>;
  /** Why the file failed or the sheet matched no layout. */
  error?: Issue;
  /**
   * A remark: `reference` (a quota table used as the roll-up's data, status `skipped`), `empty` (the
   * layout was recognised but holds no data row, status `skipped`), `hidden` (a hidden sheet, merged).
   */
  note?: "reference" | "empty" | "hidden";
}

/** The roll-up of one layout over many files. Plain data: JSON-serialisable as it is. */
export interface RollupResult {
  layout: string;
  /** The layout's title (`新型教学空间建设计划汇总表`), so a writer needs no catalog. */
  title: string;
  /** The field naming each row's school (`学校名称`, `单位`), when the layout has one. */
  schoolField?: string;
  /** The roll-up's columns: the layout's fields in order (a one-school-per-sheet layout: school, A–D, grade). */
  fields: string[];
  /** The city rolled up for, when given or found. */
  city?: string;
  rows: RowCounts;
  /** The merged rows, sorted by district then school, `序号` renumbered. */
  records: MergedRow[];
  rejected: RejectedRow[];
  /** Row issues of the sources plus roll-up-level ones (duplicates, quotas, stages, roster). */
  issues: LocatedIssue[];
  quotas: QuotaUsage[];
  grades?: GradeRow[];
  gradeSummary?: GradeSummary;
  levels?: LevelRow[];
  totals?: RollupTotals;
  /** Monthly progress: the periods rolled up, oldest first. */
  periods?: string[];
  /** Schools that sent a newer file: what changed since the file it replaced. */
  resubmissions?: Resubmission[];
  /** The sheets this roll-up consumed or set aside. */
  files: FileEntry[];
}

/** A run over a mixed set of files: every sheet's fate, and one roll-up per layout found. */
export interface RollupRun {
  files: FileEntry[];
  rollups: RollupResult[];
}
