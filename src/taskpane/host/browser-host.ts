import type { PaneLocale } from "../i18n/locale";
import { browserLayoutStore, pageStorage } from "./browser-layout-store";
import type { PaneHost } from "./pane-host";

/**
 * The standalone page: files in, downloads out; no in-sheet operations. Saved layouts live in the
 * browser's local storage (when the browser allows it).
 */
export function browserHost(locale: PaneLocale): PaneHost {
  const storage = pageStorage();
  return { kind: "browser", locale, ...(storage ? { layoutStore: { where: "browser", ...browserLayoutStore(storage) } } : {}) };
}
