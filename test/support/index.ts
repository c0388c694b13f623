/**
 * Writers of REAL spreadsheet files for tests, and readers that check them. Every test in the
 * repository builds its inputs with these, so what is tested is what a school sends.
 *
 *   import { writeXlsxExcelJS, writeWithSheetJS, writeCsv, convertWithLibreOffice,
 *            libreOfficeToCsv, libreOfficeSheetsToCsv, readGrids } from "../support";
 *
 *   const sheets = [{ name: "汇总表", rows: [["序号", "区县"], [1, "吴兴区"]], merges: ["B2:B3"], hidden: false }];
 *   await writeXlsxExcelJS(sheets)              → Promise<Uint8Array>  .xlsx by ExcelJS
 *   writeWithSheetJS(sheets, "xls")             → Uint8Array           .xlsx/.xls (BIFF8)/.ods/.csv by SheetJS
 *     either with `{ fixed: COUNTY_DOCUMENT }`: author, dates and zip times fixed, so the bytes never change
 *   writeCsv(rows, "gbk")                       → Uint8Array           CSV as utf-8, utf-8-bom or gbk
 *   await convertWithLibreOffice(bytes, "xlsx", "xls")  → Promise<Uint8Array>  re-saved by LibreOffice
 *   await libreOfficeToCsv(bytes, "xlsx", 1)    → Promise<string[][]>  sheet 1 (0-based) as LibreOffice shows it
 *   await libreOfficeSheetsToCsv(bytes, "xlsx") → Promise<Map<sheet name, string[][]>>
 *   await encryptWithLibreOffice(bytes, "xls", "MS Excel 97", "pw") → password-protected .xls (BIFF FILEPASS)
 *   readGrids(bytes, "a.xlsx")                  → Grid[]  (readWorkbook; throws when the file is unreadable)
 *
 * The same writers make the demo's `examples/` (scripts/make-examples.ts) and the benchmarks' files
 * (bench/fixtures). 湖州's 附件1/附件2 titles and headers: `huzhou-space-templates.ts`.
 *
 * Cells (`WriterCell`): string | number | boolean | null | Date | { formula: "B2*2", result: 4 }.
 * LibreOffice calls take 1–3 s each; each uses its own profile, so jest workers may run them at once.
 */
export type { WriterCell, WriterSheet } from "./cell";
export { writeXlsxExcelJS } from "./write-xlsx-exceljs";
export { writeWithSheetJS } from "./write-with-sheetjs";
export { writeCsv } from "./write-csv";
export { COUNTY_DOCUMENT, withFixedTimes, type FixedDocument } from "./fixed-document";
export { reorderColumns } from "./reorder-columns";
export { convertWithLibreOffice, encryptWithLibreOffice, libreOfficeToCsv, libreOfficeSheetsToCsv, LibreOfficeMissingError } from "./libreoffice";
export { readGrids } from "./read-grids";
