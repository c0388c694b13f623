import ExcelJS from "exceljs";
import type { RollupResult } from "../core/rollup/result";
import type { Locale } from "./locale";

/**
 * The roll-up as .xlsx bytes. Stand-in until `src/io/write` provides the styled roll-up workbook:
 * one sheet, the layout's fields as the header, one row per merged record.
 */
export async function rollupWorkbookBytes(result: RollupResult, _options: { locale: Locale }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("汇总");
  ws.addRow(result.fields);
  for (const record of result.records) ws.addRow(result.fields.map((f) => record.values[f] ?? undefined));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
