/** The engine's public API: recognise, read, validate and phrase issues. Pure TypeScript. */
export { analyzeSheet, analyzeWorkbook, detectLayout, type AnalyzeOptions, type DetectResult } from "./analyze";
export { createCatalog, parseLayout, withLayouts, type Catalog } from "./layouts/catalog";
export { BUILT_IN_CATALOG } from "./layouts/built-in";
export { layoutSchema, type Layout, type LayoutInput, type FieldDef, type QuotaSpec, type QuotaRule, type ValueType } from "./layout/schema";
export { formatIssue, issueSentence, MESSAGE_TABLES, type Locale } from "./messages/format-issue";
export { SEVERITY_FILL } from "./presentation/severity-fill";
export { columnLetter } from "./messages/column-letter";
export { duplicateKeyOf } from "./validate/duplicate-check";
export type { IndicatorSummary } from "./records/indicator-levels";
export type { FormSummary } from "./records/form-reader";
export * from "./model/grid";
export * from "./model/issue";
export * from "./model/record";
export * from "./model/sheet-result";
export { learnLayout, type LearnOptions, type LearnResult, type LearnedColumn } from "./learn/learn-layout";
export { parseLayoutText, checkLayoutObject, layoutFileText, jsonPath, type LayoutFileResult, type LayoutProblem, type LayoutFault } from "./layout/layout-file";
export { formatLayoutProblem } from "./layout/layout-file-messages";
export { layoutJsonSchema, layoutJsonSchemaText, LAYOUT_SCHEMA_REF, LAYOUT_SCHEMA_FILE } from "./layout/json-schema";
