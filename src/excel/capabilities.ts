/**
 * What this Excel can do, found once from its requirement sets, as plain data the pane shows.
 *
 * The floor. The manifest requires `SharedRuntime 1.1` (the pane, the ribbon and the SMARTCAMPUS
 * functions share one runtime) and states `ExcelApi 1.10`; Office loads the add-in nowhere else.
 * Microsoft's shared-runtime table gives SharedRuntime 1.1 to Excel on the web, Excel for Windows
 * version 2002 (build 12527.20092) or later on a Microsoft 365 subscription or retail perpetual
 * licence, volume-licensed Excel 2021 (version 2108) and later, and Excel for Mac 16.35 or later;
 * Excel 2016 and 2019 never load it. Every one of those has ExcelApi 1.10 (Windows version 1907,
 * Office 2021, Mac 16.30), so everything up to 1.10 — fills and `getCellProperties` (1.9),
 * drop-downs (1.8), charts' x values and frozen rows (1.7), custom XML parts (1.5), values-only used
 * ranges (1.4), merging, autofit and hidden sheets (1.2), comments (1.10) — is used without a check.
 *
 * Above the floor each feature below is checked before use (`test/excel/api-sets.test.ts` fails on a
 * call above the floor that no check of its set guards).
 */

import { textOf, type TextTable } from "../core/text/text-table";
import { displayLocale, type ExcelLocale } from "./display-locale";

/** The requirement sets every host that loads the add-in has (the manifest's `<Requirements>`). */
export const REQUIRED_SETS: Readonly<Record<string, string>> = { ExcelApi: "1.10", SharedRuntime: "1.1" };

export type Feature = "notes" | "mergedAreas";

/** The requirement set each feature above the floor needs. */
export const FEATURE_REQUIREMENTS: Record<Feature, { set: string; version: string }> = {
  /** `workbook.notes` — the message beside a cell, the classic yellow note; else a comment (1.10). */
  notes: { set: "ExcelApi", version: "1.18" },
  /** `getMergedAreasOrNullObject`: merged cells of a sheet read; else a sheet reads with no merges. */
  mergedAreas: { set: "ExcelApi", version: "1.13" },
};

/**
 * Where an ExcelApi version is available, for the reason strings (Microsoft's requirement-set
 * table): the Microsoft 365 builds for Windows and Mac, and the perpetual Excel that has it, if any.
 * Excel on the web has every numbered set.
 */
const AVAILABILITY: Record<string, { windows: string; mac: string; perpetual?: string }> = {
  "1.13": { windows: "2102", mac: "16.50", perpetual: "Excel 2021" },
  "1.18": { windows: "2501", mac: "16.93" },
};

export interface Capabilities {
  /** Feature → available here. */
  supported: Record<Feature, boolean>;
  /** How an issue's message is attached to its cell: a note where notes exist, else a comment. */
  messageMode: "note" | "comment";
  /** Feature → why it is off and what it needs, in the display locale; only for missing features. */
  reasons: Partial<Record<Feature, string>>;
}

/** The words of a missing feature's reason: what it is, what it needs, what happens instead. */
export const CAPABILITY_TEXT: TextTable<
  "unavailable" | "needs.set" | "needs.hosts" | "needs.perpetual" | `feature.${Feature}` | `instead.${Feature}`
> = {
  "zh-CN": {
    unavailable: "{name}不可用（{needs}），{instead}",
    "needs.set": "需要 ExcelApi {version}",
    "needs.hosts": "需要网页版 Excel、Windows 版 {windows} 或更新版本、Mac 版 {mac} 或更新版本{perpetual}",
    "needs.perpetual": "、{perpetual}",
    "feature.notes": "批注",
    "instead.notes": "问题说明写成评论",
    "feature.mergedAreas": "读取合并单元格",
    "instead.mergedAreas": "表格按未合并读取",
  },
  "en-US": {
    unavailable: "{name} unavailable ({needs}); {instead}",
    "needs.set": "requires ExcelApi {version}",
    "needs.hosts": "requires Excel on the web, Excel for Windows version {windows} or later, Excel for Mac {mac} or later{perpetual}",
    "needs.perpetual": ", or {perpetual}",
    "feature.notes": "Notes",
    "instead.notes": "messages go into comments",
    "feature.mergedAreas": "Reading merged cells",
    "instead.mergedAreas": "sheets are read as unmerged",
  },
};

/** Which Excel provides a requirement set version, for the reason strings. */
function needsWhat(version: string, locale: ExcelLocale): string {
  const where = AVAILABILITY[version];
  if (!where) return textOf(CAPABILITY_TEXT, locale, "needs.set", { version });
  const perpetual = where.perpetual ? textOf(CAPABILITY_TEXT, locale, "needs.perpetual", { perpetual: where.perpetual }) : "";
  return textOf(CAPABILITY_TEXT, locale, "needs.hosts", { windows: where.windows, mac: where.mac, perpetual });
}

/** `"批注不可用（需要网页版 Excel、Windows 版 2501 或更新版本、Mac 版 16.93 或更新版本），问题说明写成评论"`. */
export function unavailableReason(feature: Feature, locale: ExcelLocale): string {
  return textOf(CAPABILITY_TEXT, locale, "unavailable", {
    name: textOf(CAPABILITY_TEXT, locale, `feature.${feature}`),
    needs: needsWhat(FEATURE_REQUIREMENTS[feature].version, locale),
    instead: textOf(CAPABILITY_TEXT, locale, `instead.${feature}`),
  });
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
  return { supported, messageMode: supported.notes ? "note" : "comment", reasons };
}
