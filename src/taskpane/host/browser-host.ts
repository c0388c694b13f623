import type { PaneLocale } from "../i18n/locale";
import type { PaneHost } from "./pane-host";

/** The standalone page: files in, downloads out; no in-sheet operations. */
export function browserHost(locale: PaneLocale): PaneHost {
  return { kind: "browser", locale };
}
