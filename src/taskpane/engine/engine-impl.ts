import { analyzeSheet, analyzeWorkbook, BUILT_IN_CATALOG, formatIssue, withLayouts, type Catalog, type Layout } from "../../core";
import { copyNames, feedbackFiles, messagesText, MESSAGES_FILE, schoolMessage, sheetFeedback } from "../../core/feedback";
import { learnLayout } from "../../core/learn/learn-layout";
import { requireLayout } from "../../core/layouts/unknown-layout-error";
import { checkLayoutObject, layoutFileText, parseLayoutText, type LayoutFileResult } from "../../core/layout/layout-file";
import { formatLayoutProblem } from "../../core/layout/layout-file-messages";
import { VALUE_TYPES } from "../../core/layout/schema";
import { MESSAGE_TABLES } from "../../core/messages/format-issue";
import { issue } from "../../core/model/issue";
import { createRollups } from "../../core/rollup/create-rollups";
import type { FileResult } from "../../core/model/sheet-result";
import type { FileEntry } from "../../core/rollup/result";
import { parseRoster } from "../../core/roster/parse-roster";
import { CITIES } from "../../core/rules/districts";
import type { PaneLocale } from "../i18n/locale";
import type { ArchiveOpening, LayoutCheck, PaneEngine, ReadOutcome, RollupSession } from "./pane-engine";

function layoutCheck(result: LayoutFileResult, fileName: string, locale: PaneLocale): LayoutCheck {
  return result.ok ? result : { ok: false, messages: result.problems.map((problem) => formatLayoutProblem(fileName, problem, locale)) };
}

/** Formats whose drop-down lists the readers cannot see (the lists are read from .xlsx only). */
const LISTS_UNREAD = new Set(["xls", "xlsb", "ods", "xml2003"]);

/**
 * The engine as the pane uses it. This module and `src/core` form the lazily loaded `engine` chunk;
 * the file parser (SheetJS) and the workbook writer (ExcelJS) are further chunks, loaded when the
 * first file is read or the first workbook written.
 */
export function createPaneEngine(base: Catalog = BUILT_IN_CATALOG, userLayouts: readonly Layout[] = []): PaneEngine {
  const merged = withLayouts(base, userLayouts);
  const catalog = merged.catalog;
  const userIds = new Set(userLayouts.map((layout) => layout.id));
  const replaced = new Set(merged.replaced);
  const layoutKind = new Map(catalog.layouts.map((layout) => [layout.id, layout.kind]));

  return {
    layouts: catalog.layouts.map((layout) => ({
      id: layout.id,
      title: layout.title,
      kind: layout.kind,
      city: layout.city,
      origin: userIds.has(layout.id) ? "user" : "built-in",
      ...(replaced.has(layout.id) ? { replacesBuiltIn: true } : {}),
    })),
    valueTypes: VALUE_TYPES,
    withUserLayouts: (layouts) => createPaneEngine(base, layouts),
    cities: CITIES.map((city) => city.name),
    layout: (id) => catalog.get(id),
    catalogLayouts: () => [...catalog.layouts],

    async readFile(bytes, fileName): Promise<ReadOutcome> {
      const { readWorkbook } = await import(/* webpackChunkName: "reader" */ "../../io/read");
      const read = readWorkbook(bytes, fileName);
      return read.ok ? { grids: read.grids } : { grids: [], error: { ...read.issue, path: fileName } };
    },

    async openArchive(bytes, path): Promise<ArchiveOpening> {
      const [{ openArchive }, { readWorkbook }] = await Promise.all([
        import(/* webpackChunkName: "reader" */ "../../io/archive"),
        import(/* webpackChunkName: "reader" */ "../../io/read"),
      ]);
      const listing = openArchive(bytes, path);
      if (!listing.ok) return { files: [], error: { ...listing.failure.issue, path } };
      return {
        files: listing.entries.map((entry) => ({
          path: entry.path,
          modified: entry.modified,
          async read(): Promise<ReadOutcome> {
            const taken = entry.bytes();
            if (!taken.ok) return { grids: [], error: { ...taken.failure.issue, path: entry.path } };
            const read = readWorkbook(taken.bytes, entry.fileName, { budget: listing.budget });
            return read.ok ? { grids: read.grids } : { grids: [], error: { ...read.issue, path: entry.path } };
          },
        })),
      };
    },

    async readTemplate(bytes, fileName) {
      const { readWorkbook } = await import(/* webpackChunkName: "reader" */ "../../io/read");
      const read = readWorkbook(bytes, fileName);
      if (!read.ok) return { grids: [], error: { ...read.issue, path: fileName }, listsUnreadable: false };
      if (read.format !== "xlsx") return { grids: read.grids, listsUnreadable: LISTS_UNREAD.has(read.format) };
      const { readDropDownLists, attachDropDownLists } = await import(/* webpackChunkName: "template-lists" */ "../../io/read/read-drop-down-lists");
      return { grids: attachDropDownLists(read.grids, await readDropDownLists(bytes)), listsUnreadable: false };
    },

    learnLayout(grid, { locale, listsUnreadable }) {
      const learned = learnLayout(grid, { locale, listsUnreadable });
      return learned.ok ? { ok: true, layout: learned.layout, columns: learned.columns, notes: learned.notes } : { ok: false, message: learned.message };
    },

    checkLayout: (input, fileName, locale) => layoutCheck(checkLayoutObject(input), fileName, locale),
    parseLayoutFile: (text, fileName, locale) => layoutCheck(parseLayoutText(text), fileName, locale),
    layoutFileText: (layout, notes) => layoutFileText(layout, notes),

    analyzeSheet: (grid, layoutId) => analyzeSheet(grid, { catalog, layoutId }),

    formatIssue: (located, locale) => formatIssue(located, locale),

    findRoster(grids, path) {
      for (const grid of grids) {
        const entries = parseRoster(grid, catalog, path);
        if (entries && entries.length > 0) return { path, sheet: grid.name, entries };
      }
      return undefined;
    },

    startRollup(options = {}): RollupSession {
      const set = createRollups({ catalog, layoutId: options.layoutId, roster: options.roster });
      const addAnalyzed = (file: FileResult, modified?: Date): FileEntry[] => {
        const { path } = file;
        set.add({ ...file, ...(modified ? { modified } : {}) });
        if (file.error) return [{ path, sheet: null, status: "failed", layout: null, rows: 0, error: file.error }];
        return file.sheets.map((sheet): FileEntry => {
          const id = sheet.detection?.layoutId ?? null;
          if (id === null) return { path, sheet: sheet.sheet, status: "unknown-layout", layout: null, rows: 0, error: issue("unknown-layout") };
          const skipped = layoutKind.get(id) === "reference" || (options.layoutId !== undefined && id !== options.layoutId);
          return { path, sheet: sheet.sheet, status: skipped ? "skipped" : "merged", layout: id, rows: sheet.records.length };
        });
      };
      return {
        addFile(path, outcome, modified): FileEntry[] {
          if (outcome.error) return addAnalyzed({ path, error: outcome.error, sheets: [] }, modified);
          // The roll-up finds duplicates over every file itself.
          return addAnalyzed(analyzeWorkbook(path, outcome.grids, { catalog, layoutId: options.layoutId, fileName: path, checkDuplicates: false }), modified);
        },
        addAnalyzed,
        finish: () => set.finish(),
      };
    },

    async writeRollupWorkbook(result, locale) {
      const { writeRollupWorkbook } = await import(/* webpackChunkName: "writer" */ "../../io/write");
      const layout = catalog.get(result.layout);
      if (!layout) throw new Error(`未知的版式：${result.layout} / unknown layout: ${result.layout}`);
      return writeRollupWorkbook(result, layout, { locale });
    },

    async writeTemplateWorkbook(layoutId, city) {
      const { writeTemplateWorkbook } = await import(/* webpackChunkName: "writer" */ "../../io/write");
      return writeTemplateWorkbook(requireLayout(catalog, layoutId), { city });
    },

    feedback(run, locale) {
      const { files, missing } = feedbackFiles(run);
      const names = copyNames(files.map((f) => f.school));
      const items = files.map((file, n) => ({ file, message: schoolMessage(file, file.layout ? catalog.get(file.layout) : undefined, locale), copyName: names[n] }));
      const text = messagesText(items.map((i) => i.message), missing, MESSAGE_TABLES[locale].feedback.missingHeading(missing.length));
      return { items, missing, messagesFile: MESSAGES_FILE, messagesText: text };
    },

    async writeFeedbackCopy(bytes, fileName, item, locale) {
      const { writeFeedbackCopy } = await import(/* webpackChunkName: "writer" */ "../../io/write");
      const layout = item.file.layout ? catalog.get(item.file.layout) : undefined;
      const copy = await writeFeedbackCopy({ bytes, fileName }, item.file.issues, { locale, school: item.file.school, title: layout?.title ?? fileName });
      return copy.bytes;
    },

    async zip(files) {
      const { zipSync } = await import(/* webpackChunkName: "zip" */ "fflate");
      // The copies are deflated already; storing them keeps the zip quick to make.
      return zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { level: 0 }]])), { mtime: new Date() });
    },

    sheetMessage(result, file, locale) {
      const layout = result.detection ? catalog.get(result.detection.layoutId) : undefined;
      return schoolMessage(sheetFeedback(result, file, layout), layout, locale);
    },
  };
}
