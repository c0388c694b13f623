import { analyzeSheet, analyzeWorkbook, BUILT_IN_CATALOG, formatIssue, type Catalog } from "../../core";
import { copyNames, feedbackFiles, messagesText, MESSAGES_FILE, schoolMessage, sheetFeedback } from "../../core/feedback";
import { MESSAGE_TABLES } from "../../core/messages/format-issue";
import { issue } from "../../core/model/issue";
import { createRollups } from "../../core/rollup/create-rollups";
import type { FileEntry } from "../../core/rollup/result";
import { parseRoster } from "../../core/roster/parse-roster";
import { CITIES } from "../../core/rules/districts";
import type { PaneEngine, ReadOutcome, RollupSession } from "./pane-engine";

/**
 * The engine as the pane uses it. This module and `src/core` form the lazily loaded `engine` chunk;
 * the file parser (SheetJS) and the workbook writer (ExcelJS) are further chunks, loaded when the
 * first file is read or the first workbook written.
 */
export function createPaneEngine(catalog: Catalog = BUILT_IN_CATALOG): PaneEngine {
  const layoutKind = new Map(catalog.layouts.map((layout) => [layout.id, layout.kind]));

  return {
    layouts: catalog.layouts.map((layout) => ({ id: layout.id, title: layout.title, kind: layout.kind, city: layout.city })),
    cities: CITIES.map((city) => city.name),
    layout: (id) => catalog.get(id),

    async readFile(bytes, fileName): Promise<ReadOutcome> {
      const { readWorkbook } = await import(/* webpackChunkName: "reader" */ "../../io/read");
      const read = readWorkbook(bytes, fileName);
      return read.ok ? { grids: read.grids } : { grids: [], error: { ...read.issue, path: fileName } };
    },

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
      return {
        addFile(path, outcome, modified): FileEntry[] {
          const time = modified ? { modified } : {};
          if (outcome.error) {
            set.add({ path, error: outcome.error, sheets: [], ...time });
            return [{ path, sheet: null, status: "failed", layout: null, rows: 0, error: outcome.error }];
          }
          // The roll-up finds duplicates over every file itself.
          const file = analyzeWorkbook(path, outcome.grids, { catalog, layoutId: options.layoutId, fileName: path, checkDuplicates: false });
          set.add({ ...file, ...time });
          return file.sheets.map((sheet): FileEntry => {
            const id = sheet.detection?.layoutId ?? null;
            if (id === null) return { path, sheet: sheet.sheet, status: "unknown-layout", layout: null, rows: 0, error: issue("unknown-layout") };
            const skipped = layoutKind.get(id) === "reference" || (options.layoutId !== undefined && id !== options.layoutId);
            return { path, sheet: sheet.sheet, status: skipped ? "skipped" : "merged", layout: id, rows: sheet.records.length };
          });
        },
        finish: () => set.finish(),
      };
    },

    async writeRollupWorkbook(result, locale) {
      const { writeRollupWorkbook } = await import(/* webpackChunkName: "writer" */ "../../io/write");
      return writeRollupWorkbook(result, { locale });
    },

    async writeTemplateWorkbook(layoutId, city) {
      const { writeTemplateWorkbook } = await import(/* webpackChunkName: "writer" */ "../../io/write");
      const layout = catalog.get(layoutId);
      if (!layout) throw new Error(`未知的版式：${layoutId} / unknown layout: ${layoutId}`);
      return writeTemplateWorkbook(layout, { city });
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
