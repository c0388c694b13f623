import type { FileEntry } from "../../core/rollup/result";

export type FileStatus = "queued" | "reading" | FileEntry["status"];

/**
 * One file's status from its sheets' entries: merged when any sheet was merged; otherwise failed,
 * then unknown layout, then skipped (a file of skipped sheets only, e.g. a quota table).
 */
export function fileStatus(entries: readonly FileEntry[]): FileEntry["status"] {
  if (entries.length === 0) return "skipped";
  for (const status of ["merged", "failed", "unknown-layout"] as const) {
    if (entries.some((entry) => entry.status === status)) return status;
  }
  return "skipped";
}
