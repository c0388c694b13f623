/** The JSON report lives in `report.ts`; this path is kept for callers that import it by this name. */
export { toReport, type RollupReport, type ReportOptions, type ReportIssue, type ReportFile, type ReportRollup } from "./report";
