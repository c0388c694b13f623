import type { Severity } from "../model/issue";

/**
 * How a cell with an issue is filled wherever the product marks one (the sheet in Excel, the
 * roll-up workbook): Excel's own "Bad" (light red) and "Neutral" (light yellow) cell-style colours,
 * so a marked cell reads the same in every output.
 */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
};
