import type { ZipBudget } from "./read-result";
import type { ReadLimits } from "./read-limits";

/**
 * The caps a zip is held to: the reader's limits, narrowed to what is left of an archive's budget
 * when the zip is a file inside an archive (the archive and every file in it share one budget).
 */
export function capsWithin(limits: ReadLimits, budget?: ZipBudget): ReadLimits {
  if (!budget) return limits;
  return { ...limits, maxZipEntries: Math.min(limits.maxZipEntries, budget.entries), maxUncompressedBytes: Math.min(limits.maxUncompressedBytes, budget.bytes) };
}

/** Counts a checked zip's entries and inflated bytes against the shared budget. */
export function chargeBudget(budget: ZipBudget, entries: number, uncompressedBytes: number): void {
  budget.entries -= entries;
  budget.bytes -= uncompressedBytes;
}

/** An entry's declared inflated/compressed ratio is over the cap (entries under the floor are not judged). */
export function ratioExceeded(uncompressed: number, compressed: number, limits: ReadLimits): boolean {
  return uncompressed > limits.ratioFloorBytes && uncompressed > limits.maxCompressionRatio * Math.max(compressed, 1);
}
