import type { OfficeStart } from "../excel/office-start";
import { browserHost } from "./host/browser-host";
import type { PaneHost } from "./host/pane-host";
import { paneLocale, type PaneLocale } from "./i18n/locale";

/**
 * Picks the pane's host once Office has answered (`src/excel/office-start.ts`): the Excel
 * operations of `src/excel/` inside Excel, the standalone page (files in, downloads out) anywhere else.
 */
export async function pickHost(start: OfficeStart): Promise<PaneHost> {
  if (start.inExcel) {
    const locale = paneLocale(start.displayLanguage);
    const { excelHost } = await import(/* webpackChunkName: "excel-host" */ "./host/excel-host");
    return excelHost(locale);
  }
  return browserHost(standaloneLocale());
}

/** In a plain browser: `?lang=en` or `?lang=zh` wins, else the browser's own language. */
export function standaloneLocale(): PaneLocale {
  const asked = new URLSearchParams(window.location.search).get("lang");
  return paneLocale(asked ?? navigator.language);
}
