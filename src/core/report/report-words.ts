import type { Severity } from "../model/issue";
import type { TextTable } from "../text/text-table";

export type ReportWord = Severity | "yes" | "no";

/**
 * The words of the roll-up workbook that follow the locale (the headers and sheet names stay those
 * of the official tables): a severity and a yes / no answer.
 */
export const REPORT_WORDS: TextTable<ReportWord> = {
  "zh-CN": { error: "错误", warning: "警告", yes: "是", no: "否" },
  "en-US": { error: "error", warning: "warning", yes: "yes", no: "no" },
};

/** One locale's words of the roll-up workbook. */
export type ReportWords = (typeof REPORT_WORDS)[keyof typeof REPORT_WORDS];
