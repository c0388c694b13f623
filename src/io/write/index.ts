export { writeRollupWorkbook, type RollupWorkbookOptions } from "./rollup-workbook";
export { writeTemplateWorkbook, type TemplateOptions } from "./template-workbook";
