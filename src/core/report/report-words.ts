import type { Locale } from "../messages/format-issue";
import type { Severity } from "../model/issue";

/**
 * The words of the roll-up workbook that follow the locale (the headers and sheet names stay those
 * of the official tables): a severity and a yes / no answer.
 */
export interface ReportWords {
  severity: Record<Severity, string>;
  yes: string;
  no: string;
}

export const REPORT_WORDS: Record<Locale, ReportWords> = {
  "zh-CN": { severity: { error: "错误", warning: "警告" }, yes: "是", no: "否" },
  "en-US": { severity: { error: "error", warning: "warning" }, yes: "yes", no: "no" },
};
