/**
 * How a row over its quota is shown wherever the roll-up is written (the 名额 sheet of the file and
 * of the sheets written in Excel): dark red bold text on Excel's "Bad" fill.
 */
export const OVERRUN_STYLE = { font: "#C00000", fill: "#FFC7CE" } as const;
