/** Caps that keep a hostile or runaway file from exhausting memory or time. All configurable. */
export interface ReadLimits {
  /** Largest input accepted, in bytes. */
  maxFileBytes: number;
  /** Most entries a zip container (.xlsx, .ods) may hold. */
  maxZipEntries: number;
  /** Most bytes all entries of a zip may inflate to, together. */
  maxUncompressedBytes: number;
  /** Highest inflated/compressed ratio of one entry, checked once it inflates past `ratioFloorBytes`. */
  maxCompressionRatio: number;
  /** Entries smaller than this when inflated are not ratio-checked (tiny XML parts compress very well). */
  ratioFloorBytes: number;
  /** Rows read per sheet, counted from its first row holding data; the rest is dropped and noted. */
  maxRows: number;
  /** Columns read per sheet, counted from the first column holding data; the rest is dropped and noted. */
  maxColumns: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 1_024,
};
