import { formatIssue, type Locale } from "../messages/format-issue";
import { skippedRowsText } from "../messages/skip-reason";
import type { FileEntry, RollupResult } from "../rollup/result";
import { listSheet, type ReportSheet } from "./report-model";

const STATUS: Record<FileEntry["status"], string> = { merged: "已汇总", failed: "无法读取", "unknown-layout": "未识别", skipped: "未汇总" };

/** `文件`: what happened to every input sheet (merged, unreadable, unrecognised, set aside) and why. */
export function filesSheet(result: RollupResult, locale: Locale): ReportSheet {
  return listSheet(
    "files",
    "文件",
    `${result.title}（来源文件）`,
    ["文件", "工作表", "处理结果", "表样", "数据行数", "跳过的行", "说明"],
    result.files.map((f) => [
      f.path,
      f.sheet,
      STATUS[f.status] ?? f.status,
      f.layout,
      f.rows,
      skippedRowsText(f.skipped) || null,
      f.error ? formatIssue(f.error, locale, { path: f.path, sheet: f.sheet ?? undefined }) : f.note ?? null,
    ]),
  );
}
