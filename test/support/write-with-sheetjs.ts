import * as XLSX from "@e965/xlsx";
import { isFormula, type WriterSheet } from "./cell";
import { withFixedTimes, type FixedDocument } from "./fixed-document";

export interface SheetJSOptions {
  /** Author and dates written into the file (and a zip's entries): the same sheets give the same bytes. */
  fixed?: FixedDocument;
}

/**
 * A real workbook written by SheetJS: .xlsx, .xls (BIFF8, what WPS and old Excel save), .ods,
 * or .csv (the first sheet, UTF-8 without BOM).
 */
export function writeWithSheetJS(sheets: WriterSheet[], bookType: "xlsx" | "xls" | "ods" | "csv", options: SheetJSOptions = {}): Uint8Array {
  const workbook = XLSX.utils.book_new();
  sheets.forEach((spec, index) => {
    const sheet: XLSX.WorkSheet = XLSX.utils.aoa_to_sheet(
      spec.rows.map((row) => row.map((v) => (isFormula(v) ? null : v))),
      { cellDates: true },
    );
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!isFormula(v)) return;
        const ref = XLSX.utils.encode_cell({ r, c });
        const result = v.result ?? null;
        sheet[ref] = { t: typeof result === "number" ? "n" : typeof result === "boolean" ? "b" : "s", v: result ?? "", f: v.formula };
      }),
    );
    if (spec.rows.some((row) => row.some(isFormula))) {
      const width = Math.max(1, ...spec.rows.map((row) => row.length));
      sheet["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, spec.rows.length - 1), c: width - 1 } });
    }
    if (spec.merges) sheet["!merges"] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(workbook, sheet, spec.name);
    if (spec.hidden) {
      workbook.Workbook ??= {};
      workbook.Workbook.Sheets ??= [];
      workbook.Workbook.Sheets[index] = { ...(workbook.Workbook.Sheets[index] ?? {}), name: spec.name, Hidden: spec.hidden === "veryHidden" ? 2 : 1 };
    }
  });
  if (bookType === "csv") {
    const text = XLSX.utils.sheet_to_csv(workbook.Sheets[workbook.SheetNames[0]]);
    return new TextEncoder().encode(text);
  }
  if (options.fixed) workbook.Props = { CreatedDate: options.fixed.date, ModifiedDate: options.fixed.date, Author: options.fixed.author } as XLSX.FullProperties;
  const bytes = new Uint8Array(XLSX.write(workbook, { type: "array", bookType }) as ArrayBuffer);
  return options.fixed && bookType !== "xls" ? withFixedTimes(bytes, options.fixed.date) : bytes;
}
