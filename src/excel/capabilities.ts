/**
 * What this Excel can do, found once from its requirement sets, as plain data the pane shows. Every
 * operation checks the flag it needs and degrades: fills and the pane's issue list work everywhere
 * (ExcelApi 1.1); notes, comments, drop-downs and stored originals are extras.
 */

import { displayLocale, type ExcelLocale } from "./display-locale";

export type Feature =
  | "notes"
  | "comments"
  | "cellProperties"
  | "dataValidation"
  | "mergedAreas"
  | "storedOriginals"
  | "charts"
  | "tables";

/** The requirement set each feature needs. */
export const FEATURE_REQUIREMENTS: Record<Feature, { set: string; version: string }> = {
  /** `workbook.notes` — the message beside a cell, the classic yellow note. */
  notes: { set: "ExcelApi", version: "1.18" },
  /** `workbook.comments` — threaded comments, used when notes are missing. */
  comments: { set: "ExcelApi", version: "1.10" },
  /** `getCellProperties` / `setCellProperties`, `fill.pattern`: read and restore fills of many cells at once. */
  cellProperties: { set: "ExcelApi", version: "1.9" },
  /** `range.dataValidation`: the template's drop-downs and input prompts. */
  dataValidation: { set: "ExcelApi", version: "1.8" },
  /** `getMergedAreasOrNullObject`: merged cells of a sheet read. */
  mergedAreas: { set: "ExcelApi", version: "1.13" },
  /** `workbook.customXmlParts`: the original formats kept inside the workbook. */
  storedOriginals: { set: "ExcelApi", version: "1.5" },
  charts: { set: "ExcelApi", version: "1.1" },
  tables: { set: "ExcelApi", version: "1.1" },
};

export interface Capabilities {
  /** Feature → available here. */
  supported: Record<Feature, boolean>;
  /** How an issue's message is attached to its cell. */
  messageMode: "note" | "comment" | "none";
  /** Feature → why it is off and what it needs, in the display locale; only for missing features. */
  reasons: Partial<Record<Feature, string>>;
}

/** Which Excel provides a requirement set, for the reason strings. */
function needsWhat(version: string, locale: ExcelLocale): string {
  const minor = Number(version.split(".")[1] ?? 0);
  if (minor >= 18) return locale === "zh-CN" ? "需要 Microsoft 365 或网页版 Excel" : "requires Microsoft 365 or Excel on the web";
  if (minor >= 9) return locale === "zh-CN" ? "需要 Excel 2021 或 Microsoft 365" : "requires Excel 2021 or Microsoft 365";
  if (minor >= 2) return locale === "zh-CN" ? "需要 Excel 2019 或更新版本" : "requires Excel 2019 or later";
  return locale === "zh-CN" ? "需要 Excel 2016 或更新版本" : "requires Excel 2016 or later";
}

const FEATURE_NAMES: Record<Feature, Record<ExcelLocale, string>> = {
  notes: { "zh-CN": "批注", "en-US": "Notes" },
  comments: { "zh-CN": "评论", "en-US": "Comments" },
  cellProperties: { "zh-CN": "批量读取单元格格式", "en-US": "Reading cell formats in bulk" },
  dataValidation: { "zh-CN": "下拉列表与输入提示", "en-US": "Drop-down lists and input prompts" },
  mergedAreas: { "zh-CN": "读取合并单元格", "en-US": "Reading merged cells" },
  storedOriginals: { "zh-CN": "在工作簿中保存原格式", "en-US": "Keeping original formats in the workbook" },
  charts: { "zh-CN": "图表", "en-US": "Charts" },
  tables: { "zh-CN": "表格", "en-US": "Tables" },
};

/** `"批注不可用：需要 Microsoft 365 或网页版 Excel"`. */
export function unavailableReason(feature: Feature, locale: ExcelLocale): string {
  const name = FEATURE_NAMES[feature][locale];
  const needs = needsWhat(FEATURE_REQUIREMENTS[feature].version, locale);
  return locale === "zh-CN" ? `${name}不可用：${needs}` : `${name} unavailable: ${needs}`;
}

/** True when the host supports the set; false with no Office at all (a plain browser, tests without a host). */
export function isSetSupported(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return Boolean(office?.context?.requirements?.isSetSupported(set, version));
  } catch {
    return false;
  }
}

/** Detect every feature now. Cheap: no `Excel.run`, no sync. */
export function detectCapabilities(locale: ExcelLocale = displayLocale()): Capabilities {
  const supported = {} as Record<Feature, boolean>;
  const reasons: Partial<Record<Feature, string>> = {};
  for (const feature of Object.keys(FEATURE_REQUIREMENTS) as Feature[]) {
    const { set, version } = FEATURE_REQUIREMENTS[feature];
    supported[feature] = isSetSupported(set, version);
    if (!supported[feature]) reasons[feature] = unavailableReason(feature, locale);
  }
  const messageMode = supported.notes ? "note" : supported.comments ? "comment" : "none";
  return { supported, messageMode, reasons };
}
