/**
 * Read worksheets into `Grid`s. One `Excel.run`; the first sync learns each sheet's used range,
 * visibility and merged areas, then the cells are loaded in row chunks queued against the payload
 * budget, so a 10-row and a 10,000-row sheet take the same syncs (2 for one sheet).
 */

import type { CellArea, CellValue, DropDownList, Grid } from "../core/model/grid";
import { areaAddress, parseAreasAddress } from "./a1-address";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { isDateFormat, isTimeFormat, serialToIso } from "./excel-dates";
import { ACTION_OVERHEAD_BYTES, PAYLOAD_BUDGET_BYTES, PayloadBatch, READ_BYTES_PER_CELL } from "./payload-batch";
import { isPayloadTooLarge } from "./payload-error";

export interface ReadGridOptions {
  /** Sheet name; the active sheet when absent. */
  sheet?: string;
  capabilities?: Capabilities;
  /**
   * Also read the drop-down lists a blank template offers (for learning its layout): the list
   * validation of each column's first cell below the used range, i.e. the first row a school fills
   * in. One more sync, and one after it when a list names cells (`=选项!$A$1:$A$9`) rather than
   * listing its values.
   */
  lists?: boolean;
}

/** Read one sheet (the active one by default). */
export async function readGrid(options: ReadGridOptions = {}): Promise<Grid> {
  const [grid] = await readSheets(options.sheet === undefined ? "active" : [options.sheet], options.capabilities, options.lists === true);
  return grid;
}

/** Read every sheet of the workbook, hidden ones too (`Grid.hidden` says so), in tab order. */
export async function readAllGrids(options: { capabilities?: Capabilities } = {}): Promise<Grid[]> {
  return readSheets("all", options.capabilities);
}

interface SheetPlan {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

interface UsedArea {
  name: string;
  hidden: boolean;
  /** 0-based position of the used range, or null for an empty sheet. */
  area: CellArea | null;
  merges: CellArea[];
}

async function readSheets(which: "active" | "all" | string[], capabilities = detectCapabilities(), withLists = false): Promise<Grid[]> {
  return Excel.run(async (context) => {
    const book = context.workbook;
    let sheets: Excel.Worksheet[];
    if (which === "active") sheets = [book.worksheets.getActiveWorksheet()];
    else if (which === "all") {
      book.worksheets.load("items/name");
      await context.sync();
      sheets = book.worksheets.items;
    } else sheets = which.map((name) => book.worksheets.getItem(name));

    const plans: SheetPlan[] = sheets.map((sheet) => {
      sheet.load("name,visibility");
      // Values only: a template formatted down to row 1000 is not 1000 rows of data.
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      let merged: Excel.RangeAreas | undefined;
      if (capabilities.supported.mergedAreas) {
        merged = sheet.getRange().getMergedAreasOrNullObject();
        merged.load("address");
      }
      return { sheet, used, merged };
    });
    await context.sync();

    const areas: UsedArea[] = plans.map(({ sheet, used, merged }) => {
      const area = used.isNullObject
        ? null
        : { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
      const merges = merged && !merged.isNullObject ? parseAreasAddress(merged.address) : [];
      return { name: sheet.name, hidden: sheet.visibility !== "Visible", area, merges };
    });

    const cells = await loadCells(context, plans, areas);
    const lists = withLists ? await loadLists(context, plans, areas) : [];
    return areas.map((info, i) => {
      const grid = toGrid(info, cells[i]);
      return lists[i]?.length ? { ...grid, lists: lists[i] } : grid;
    });
  });
}

interface Chunk {
  sheetIndex: number;
  area: CellArea;
}

interface LoadedCells {
  values: unknown[][];
  formats: string[][];
}

/** Row chunks of every sheet, each at most `budget` bytes by the estimate. */
function planChunks(areas: UsedArea[], bytesPerCell: number): Chunk[] {
  const chunks: Chunk[] = [];
  areas.forEach(({ area }, sheetIndex) => {
    if (!area) return;
    const width = area.right - area.left + 1;
    const rowsPerChunk = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / (width * bytesPerCell)));
    for (let top = area.top; top <= area.bottom; top += rowsPerChunk) {
      chunks.push({ sheetIndex, area: { ...area, top, bottom: Math.min(area.bottom, top + rowsPerChunk - 1) } });
    }
  });
  return chunks;
}

/**
 * Load every chunk's values and number formats. When Excel still refuses a response as too large
 * (cells longer than the estimate), the read starts over with four times the estimate.
 */
async function loadCells(context: Excel.RequestContext, plans: SheetPlan[], areas: UsedArea[]): Promise<LoadedCells[]> {
  for (let bytesPerCell = READ_BYTES_PER_CELL; ; bytesPerCell *= 4) {
    try {
      const batch = new PayloadBatch(context);
      const loads: Array<{ chunk: Chunk; range: Excel.Range }> = [];
      for (const chunk of planChunks(areas, bytesPerCell)) {
        const cells = (chunk.area.bottom - chunk.area.top + 1) * (chunk.area.right - chunk.area.left + 1);
        await batch.reserve(ACTION_OVERHEAD_BYTES, cells * bytesPerCell);
        const range = plans[chunk.sheetIndex].sheet.getRange(areaAddress(chunk.area));
        range.load("values,numberFormat");
        loads.push({ chunk, range });
      }
      await batch.sync();
      const out: LoadedCells[] = areas.map(() => ({ values: [], formats: [] }));
      for (const { chunk, range } of loads) {
        out[chunk.sheetIndex].values.push(...range.values);
        out[chunk.sheetIndex].formats.push(...(range.numberFormat as string[][]));
      }
      return out;
    } catch (error) {
      if (!isPayloadTooLarge(error) || bytesPerCell > PAYLOAD_BUDGET_BYTES) throw error;
    }
  }
}

/** `=选项!$A$1:$A$9`, `='选 项'!$A$1:$A$9`, `=$H$2:$H$5` → sheet (absent: the same one) and address. */
export function listReference(source: string): { sheet?: string; address: string } | undefined {
  const m = /^=\s*(?:'((?:[^']|'')+)'!|([^!'=]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)\s*$/.exec(source.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { ...(sheet !== undefined ? { sheet } : {}), address: m[3].replace(/\$/g, "") };
}

/**
 * The drop-down lists below each sheet's used range, as `Grid.lists` (0-based, relative to the
 * grid's origin like `merges`). A list naming a defined name cannot be followed and is left out.
 */
async function loadLists(context: Excel.RequestContext, plans: SheetPlan[], areas: UsedArea[]): Promise<DropDownList[][]> {
  const probes: Array<{ sheetIndex: number; column: number; validation: Excel.DataValidation }> = [];
  areas.forEach(({ area }, sheetIndex) => {
    if (!area) return;
    for (let column = area.left; column <= area.right; column++) {
      const validation = plans[sheetIndex].sheet.getCell(area.bottom + 1, column).dataValidation;
      validation.load("type,rule");
      probes.push({ sheetIndex, column, validation });
    }
  });
  if (!probes.length) return [];
  await context.sync();

  const found: Array<{ sheetIndex: number; column: number; values?: string[]; range?: Excel.Range }> = [];
  for (const { sheetIndex, column, validation } of probes) {
    const given = validation.type === "List" ? validation.rule.list?.source : undefined;
    // Office.js types a source as text or a Range; a read rule holds its text.
    const source = typeof given === "string" ? given : undefined;
    if (!source) continue;
    if (!source.trim().startsWith("=")) {
      const values = source.split(",").map((v) => v.trim()).filter((v) => v !== "");
      if (values.length) found.push({ sheetIndex, column, values });
      continue;
    }
    const ref = listReference(source);
    if (!ref) continue;
    const sheet = ref.sheet === undefined ? plans[sheetIndex].sheet : context.workbook.worksheets.getItem(ref.sheet);
    const range = sheet.getRange(ref.address);
    range.load("values");
    found.push({ sheetIndex, column, range });
  }
  if (found.some((f) => f.range)) await context.sync();

  const out: DropDownList[][] = areas.map(() => []);
  for (const { sheetIndex, column, values, range } of found) {
    const area = areas[sheetIndex].area!;
    const list = values ?? (range!.values as unknown[][]).flat().map((v) => (v === null || v === undefined ? "" : String(v).trim())).filter((v) => v !== "");
    if (!list.length) continue;
    const row = area.bottom + 1 - area.top;
    out[sheetIndex].push({ area: { top: row, bottom: row, left: column - area.left, right: column - area.left }, values: list });
  }
  return out;
}

function toCellValue(value: unknown, format: string | undefined): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") return isDateFormat(format) || isTimeFormat(format) ? serialToIso(value, format as string) : value;
  if (typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

function toGrid(info: UsedArea, cells: LoadedCells): Grid {
  const origin = info.area ? { row: info.area.top, column: info.area.left } : { row: 0, column: 0 };
  const rows = cells.values.map((row, r) => row.map((value, c) => toCellValue(value, cells.formats[r]?.[c])));
  const merges: CellArea[] = [];
  if (info.area) {
    for (const m of info.merges) {
      const clipped = {
        top: Math.max(m.top, info.area.top) - origin.row,
        left: Math.max(m.left, info.area.left) - origin.column,
        bottom: Math.min(m.bottom, info.area.bottom) - origin.row,
        right: Math.min(m.right, info.area.right) - origin.column,
      };
      if (clipped.top <= clipped.bottom && clipped.left <= clipped.right && (clipped.top !== clipped.bottom || clipped.left !== clipped.right)) {
        merges.push(clipped);
      }
    }
  }
  return { name: info.name, hidden: info.hidden, rows, merges, origin };
}
