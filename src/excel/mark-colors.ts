import type { Severity } from "../core/model/issue";

/** Fill of a marked cell: Excel's own "Bad" (light red) and "Neutral" (light yellow) cell-style colours. */
export const MARK_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
};
