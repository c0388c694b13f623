export { writeRollupWorkbook, type RollupWorkbookOptions } from "./rollup-workbook";
export { writeTemplateWorkbook, type TemplateOptions } from "./template-workbook";
export { writeFeedbackCopy, PROBLEM_SHEET, type FeedbackCopy, type FeedbackCopyOptions, type FeedbackSource } from "./feedback-copy";
