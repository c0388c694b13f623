/** The named worksheet, or the active one. */
export function worksheetOf(context: Excel.RequestContext, sheet?: string): Excel.Worksheet {
  return sheet === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
}
