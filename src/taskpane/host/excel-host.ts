import { clearMarks, markIssues, selectIssueCell } from "../../excel/mark-issues";
import { insertTemplate } from "../../excel/insert-template";
import { deleteLayout, loadLayouts, saveLayout } from "../../excel/layout-store";
import { readGrid } from "../../excel/read-grid";
import { writeRollup } from "../../excel/write-rollup";
import type { PaneLocale } from "../i18n/locale";
import type { PaneHost } from "./pane-host";

/**
 * Inside Excel: the pane's Office operations, all from `src/excel/` (the only code calling Excel.run).
 * This module is a chunk of its own, loaded only when the pane runs in Excel.
 */
export function excelHost(locale: PaneLocale): PaneHost {
  return {
    kind: "excel",
    locale,
    readActiveSheet: (options) => readGrid({ lists: options?.lists }),
    markIssues: async (sheet, issues) => {
      const { cells, remarks } = await markIssues(issues, { sheet, locale });
      return { cells, remarks };
    },
    clearMarks: async (sheet) => {
      await clearMarks({ sheet });
    },
    // A sheet-level issue has no column: select the row's first cell.
    selectCell: (target) => selectIssueCell(target.sheet, target.row, target.column ?? 1),
    writeRollup: async (result, layout, onConflict) => {
      const written = await writeRollup(result, layout, { onConflict, locale });
      return { cancelled: written.cancelled, sheets: written.sheets.map((sheet) => sheet.name) };
    },
    insertTemplate: async (layout, city) => {
      await insertTemplate(layout, { city });
    },
    layoutStore: { where: "workbook", loadLayouts, saveLayout, deleteLayout },
  };
}
