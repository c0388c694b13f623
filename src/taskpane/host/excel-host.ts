import type { PaneLocale } from "../i18n/locale";
import type { PaneHost } from "./pane-host";

/** Inside Excel: the pane's Office operations, all from `src/excel/` (the only code calling Excel.run). */
export function excelHost(locale: PaneLocale): PaneHost {
  return { kind: "excel", locale };
}
