import type { Layout } from "../layout/schema";
import type { SheetResult } from "../model/sheet-result";
import { baseName } from "../rollup/period";
import type { FeedbackFile } from "./feedback-files";

/**
 * One checked sheet as a file to send back (the 校验 tab's 复制问题说明): its issues located on the
 * sheet, the school its rows name (else the file's name). `layout` is the sheet's recognised layout.
 */
export function sheetFeedback(result: SheetResult, file: string, layout: Layout | undefined): FeedbackFile {
  const field = layout?.school?.field;
  const schools = new Set(field ? result.records.map((r) => String(r.values[field] ?? "").trim()).filter((s) => s !== "") : []);
  const [only] = schools;
  return {
    path: file,
    school: schools.size === 1 ? only : baseName(file).replace(/\.[^.]+$/u, ""),
    ...(result.detection ? { layout: result.detection.layoutId } : {}),
    readable: true,
    issues: [...result.issues]
      .map((i) => ({ ...i, path: file, sheet: result.sheet }))
      .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
  };
}
