import { browserHost } from "./host/browser-host";
import type { PaneHost } from "./host/pane-host";
import { paneLocale, type PaneLocale } from "./i18n/locale";

/**
 * Picks the pane's host once `Office.onReady` has answered: the Excel operations of `src/excel/`
 * inside Excel, the standalone page (files in, downloads out) anywhere else.
 */
export async function pickHost(info: { host: Office.HostType | null } | undefined): Promise<PaneHost> {
  if (info && info.host === Office.HostType.Excel) {
    const locale = paneLocale(Office.context.displayLanguage);
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
