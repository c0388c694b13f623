import ExcelJS from "exceljs";
import type { CellArea, DropDownList, Grid } from "../../core/model/grid";

/**
 * The drop-down lists of an .xlsx workbook's sheets (list data validations), read with ExcelJS:
 * what a blank template offers in a column (`学段` → 小学, 初中 …), for learning its layout. A
 * list's values are its literal (`"小学,初中"`) or the cells of the range or defined name it
 * points to, on the same sheet or another (a hidden `选项` sheet). Other formats carry none the
 * readers can see: an .xls, .ods or .csv gives an empty map.
 *
 * Sheet name → lists, areas 1-based on the sheet (`attachDropDownLists` makes them grid-relative).
 */
export async function readDropDownLists(bytes: Uint8Array): Promise<Map<string, DropDownList[]>> {
  const out = new Map<string, DropDownList[]>();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return out;
  }
  for (const sheet of workbook.worksheets) {
    const model = (sheet as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } }).dataValidations?.model ?? {};
    // ExcelJS hands validations over cell by cell: regroup them per column and list.
    const byList = new Map<string, { column: number; rows: number[]; values: string[] }>();
    for (const [address, validation] of Object.entries(model)) {
      if (validation?.type !== "list" || !validation.formulae?.length) continue;
      const cell = decodeCell(address);
      if (!cell) continue;
      const formula = String(validation.formulae[0]);
      const key = `${cell.column}\u0000${formula}`;
      let entry = byList.get(key);
      if (!entry) {
        const values = listValues(workbook, sheet, formula);
        if (values.length === 0) continue;
        entry = { column: cell.column, rows: [], values };
        byList.set(key, entry);
      }
      entry.rows.push(cell.row);
    }
    const lists: DropDownList[] = [];
    for (const { column, rows, values } of byList.values()) {
      const area: CellArea = { top: Math.min(...rows), bottom: Math.max(...rows), left: column, right: column };
      lists.push({ area, values });
    }
    if (lists.length) out.set(sheet.name, lists);
  }
  return out;
}

/** The grids with their sheet's drop-down lists, areas moved to each grid's origin (0-based like `merges`). */
export function attachDropDownLists(grids: readonly Grid[], lists: Map<string, DropDownList[]>): Grid[] {
  return grids.map((grid) => {
    const found = lists.get(grid.name);
    if (!found) return grid;
    const r0 = (grid.origin?.row ?? 0) + 1;
    const c0 = (grid.origin?.column ?? 0) + 1;
    const moved = found.map((l) => ({ values: l.values, area: { top: l.area.top - r0, bottom: l.area.bottom - r0, left: l.area.left - c0, right: l.area.right - c0 } }));
    return { ...grid, lists: moved };
  });
}

function decodeCell(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** `"a,b,c"`, `选项!$A$2:$A$9`, `'Sheet 1'!$B$2:$B$5`, `$C$2:$C$5` (same sheet), or a defined name. */
function listValues(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, formula: string): string[] {
  const text = formula.trim().replace(/^=/, "");
  if (text.startsWith('"')) {
    return text.slice(1, text.endsWith('"') ? -1 : undefined).split(",").map((v) => v.trim()).filter((v) => v !== "");
  }
  let reference = text;
  if (/^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(text) && !/^[A-Z]{1,3}\d+$/.test(text)) {
    const ranges = (workbook.definedNames as unknown as { getRanges(name: string): { ranges: string[] } }).getRanges(text)?.ranges ?? [];
    if (ranges.length === 0) return [];
    reference = ranges[0];
  }
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))?!?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(reference);
  if (!m) return [];
  const sheetName = m[1]?.replace(/''/g, "'") ?? m[2];
  const target = sheetName && reference.includes("!") ? workbook.getWorksheet(sheetName) : sheet;
  if (!target) return [];
  const from = decodeCell(`${m[3]}${m[4]}`)!;
  const to = m[5] ? decodeCell(`${m[5]}${m[6]}`)! : from;
  const values: string[] = [];
  for (let r = from.row; r <= to.row && r - from.row < 1000; r++) {
    for (let c = from.column; c <= to.column && c - from.column < 50; c++) {
      const v = target.getCell(r, c).text?.trim();
      if (v) values.push(v);
    }
  }
  return values;
}
