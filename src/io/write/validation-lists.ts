import type ExcelJS from "exceljs";

/** Excel refuses a list validation whose literal (`"a,b,c"`) is longer than this. */
export const LIST_LITERAL_MAX = 255;
export const LISTS_SHEET = "选项";

/**
 * Formulas for list drop-downs: a short list as a literal (`"吴兴区,南浔区"`), a list whose literal
 * would pass 255 characters (or holds a comma or quote) as a range on the hidden sheet `选项`,
 * one column per list, the list's name in row 1.
 */
export class ListSheet {
  private sheet: ExcelJS.Worksheet | undefined;
  private columns = 0;
  private readonly cache = new Map<string, string>();

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  formula(name: string, values: string[]): string {
    const key = `${name}\u0000${values.join("\u0000")}`;
    const known = this.cache.get(key);
    if (known) return known;
    const literal = `"${values.join(",")}"`;
    let formula: string;
    if (literal.length <= LIST_LITERAL_MAX && !values.some((v) => v.includes(",") || v.includes('"'))) formula = literal;
    else {
      this.sheet ??= this.workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
      const col = ++this.columns;
      const header = this.sheet.getCell(1, col);
      header.value = name;
      header.numFmt = "@";
      values.forEach((v, i) => {
        const cell = this.sheet!.getCell(i + 2, col);
        cell.value = v;
        cell.numFmt = "@";
      });
      const letter = this.sheet.getColumn(col).letter;
      formula = `${LISTS_SHEET}!$${letter}$2:$${letter}$${values.length + 1}`;
    }
    this.cache.set(key, formula);
    return formula;
  }
}

/** One validation over a whole range (`B4:B203`); ExcelJS's typings do not expose `dataValidations`. */
export function addValidation(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}
