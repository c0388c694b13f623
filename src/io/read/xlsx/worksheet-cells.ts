import * as XLSX from "@e965/xlsx";
import { detached } from "./detached";
import { NotHandled } from "./not-handled";
import { cellValue } from "../cell-value";
import type { GridBuilder } from "../grid-builder";
import { isEmpty } from "../sheet-to-grid";
import { stringItemText } from "./shared-strings";
import { cutWorksheet } from "./worksheet-pieces";
import { unescapeXml } from "./xml-text";

/** What a cell style's format needs to know: the format code, `null` when it cannot be resolved. */
export interface WorksheetContext {
  strings: ReadonlyArray<string | undefined>;
  /** By cell style index; `undefined`: the workbook has no cell styles (no formats, no dates). */
  formats: ReadonlyArray<string | null> | undefined;
  date1904: boolean;
}

/** A cell as SheetJS (dense, `cellDates`, `cellNF`) hands it to `cellValue`. */
export type ValueCell = XLSX.CellObject;

/** Excel's error texts → the codes SheetJS keeps in `v`. */
const ERROR_CODE: Readonly<Record<string, number>> = {
  "#NULL!": 0x00, "#DIV/0!": 0x07, "#VALUE!": 0x0f, "#REF!": 0x17, "#NAME?": 0x1d, "#NUM!": 0x24,
  "#N/A": 0x2a, "#GETTING_DATA": 0x2b, "#WTF?": 0xff,
};

const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH_1900 = Date.UTC(1899, 11, 30, 0, 0, 0);
const MERGE = /<mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;

const dateFormats = new Map<string, boolean>();
function isDateFormat(format: string): boolean {
  let known: boolean | undefined = dateFormats.get(format);
  if (known === undefined) {
    known = XLSX.SSF.is_date(format) === true;
    dateFormats.set(format, known);
  }
  return known;
}

/** A serial day number as SheetJS turns it into a date (its `numdate`); 60 (the 29 Feb 1900 Excel invented) stays a number. */
function serialToDate(v: number): Date | number {
  if (v >= 60 && v < 61) return v;
  const out = new Date();
  out.setTime((v > 60 ? v : v + 1) * DAY_MS + EPOCH_1900);
  return out;
}

/** `B12` → [11, 1]; anything else (absolute, lower case, no row) is not handled. */
function decodeReference(ref: string): [number, number] {
  let column = 0;
  let row = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  if (i === 0 || i === ref.length || i > 3) throw new NotHandled(`cell reference ${ref}`);
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) throw new NotHandled(`cell reference ${ref}`);
    row = row * 10 + (c - 48);
  }
  if (row === 0) throw new NotHandled(`cell reference ${ref}`);
  return [row - 1, column - 1];
}

/** The text of the first `<name …>…</name>` inside `body`, or undefined (also for `<name/>`). */
function child(body: string, name: string): string | undefined {
  let at = body.indexOf(`<${name}`);
  while (at >= 0) {
    const next = body.charCodeAt(at + name.length + 1);
    if (next === 62 || next === 32) break; // `>` or a space: this element, not `<vm` or `<isX`
    at = body.indexOf(`<${name}`, at + 1);
  }
  if (at < 0) return undefined;
  const gt = body.indexOf(">", at);
  if (gt < 0 || body.charCodeAt(gt - 1) === 47) return undefined;
  const end = body.indexOf(`</${name}>`, gt);
  return end < 0 ? undefined : body.slice(gt + 1, end);
}

/** The cell's start-tag attributes SheetJS reads: r, t, s (in any order, either quote). */
function cellAttributes(tag: string): { r?: string; t?: string; s?: string } {
  const out: { r?: string; t?: string; s?: string } = {};
  let p = 2;
  const n = tag.length;
  while (p < n) {
    while (p < n && (tag.charCodeAt(p) === 32 || tag.charCodeAt(p) === 9 || tag.charCodeAt(p) === 10 || tag.charCodeAt(p) === 13)) p++;
    const eq = tag.indexOf("=", p);
    if (eq < 0) break;
    const name = tag.slice(p, eq).trim();
    let q = eq + 1;
    while (tag.charCodeAt(q) === 32) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") throw new NotHandled("unquoted attribute");
    const end = tag.indexOf(quote, q + 1);
    if (end < 0) throw new NotHandled("unterminated attribute");
    const value = tag.slice(q + 1, end);
    if (name === "r") out.r = value;
    else if (name === "t") out.t = value;
    else if (name === "s") out.s = value;
    else if (name.indexOf(":") !== -1 && (name.endsWith(":r") || name.endsWith(":t") || name.endsWith(":s"))) throw new NotHandled("prefixed cell attribute");
    p = end + 1;
  }
  return out;
}

/** Bytes of worksheet XML decoded at a time (cut after a `</row>` or `</c>`): bounds the text held at once. */
export const DEFAULT_CHUNK_BYTES = 1 << 20;

function mergesIn(text: string, into: XLSX.Range[]): void {
  for (const m of text.match(MERGE) ?? []) into.push(XLSX.utils.decode_range(m.slice(m.indexOf("=") + 2).replace(/["'][\s\S]*$/, "")));
}

/**
 * One worksheet part's bytes, whole or in chunks as they are inflated → its cells, handed to
 * `builder` as values (`cellValue`, the grid's own rule), and its merged ranges. Cells as SheetJS
 * gives them (`dense`, `cellDates`, `cellNF`, no formulas, no stubs); row attributes, columns,
 * views, page setup, drawings are passed over. Cells must carry their reference (`r`).
 *
 * The cells are decoded and read `chunkBytes` at a time (`cutWorksheet`: each piece cut just after
 * a `</row>` or a `</c>`, a partial row carried to the next chunk), so a 100,000-row sheet is never
 * one string nor, streamed, one byte array, and no cell object outlives its piece.
 */
export function parseWorksheet(xml: Iterable<Uint8Array>, context: WorksheetContext, builder: GridBuilder, chunkBytes = DEFAULT_CHUNK_BYTES): XLSX.Range[] {
  let worksheet = false;
  let sheetData = false;
  // Merged ranges are read after `</sheetData>`; in a sheet without one, anywhere.
  const headMerges: XLSX.Range[] = [];
  const merges: XLSX.Range[] = [];
  const mustBeWorksheet = () => {
    if (!worksheet) throw new NotHandled("no worksheet element (prefixed or not a worksheet)");
  };
  cutWorksheet(xml, chunkBytes, {
    head: (text) => {
      worksheet ||= text.indexOf("<worksheet") >= 0;
      mergesIn(text, headMerges);
    },
    sheetData: () => {
      mustBeWorksheet();
      sheetData = true;
    },
    cells: (text) => readCells(text, 0, text.length, context, builder),
    tail: (text) => mergesIn(text, merges),
  });
  mustBeWorksheet();
  return sheetData ? merges : headMerges;
}

function readCells(xml: string, from: number, to: number, context: WorksheetContext, builder: GridBuilder): void {
  const { strings, formats, date1904 } = context;
  let p = from;
  for (;;) {
    const lt = xml.indexOf("<c", p);
    if (lt < 0 || lt >= to) return;
    const after = xml.charCodeAt(lt + 2);
    if (after !== 32 && after !== 62 && after !== 47) {
      p = lt + 2;
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (gt < 0) throw new NotHandled("unterminated cell");
    const selfClosed = xml.charCodeAt(gt - 1) === 47;
    const tag = xml.slice(lt, selfClosed ? gt - 1 : gt);
    let body = "";
    if (selfClosed) p = gt + 1;
    else {
      const close = xml.indexOf("</c>", gt);
      if (close < 0 || close > to) throw new NotHandled("unterminated cell");
      body = xml.slice(gt + 1, close);
      p = close + 4;
    }
    const attrs = cellAttributes(tag);
    if (attrs.r === undefined) throw new NotHandled("cell without a reference");
    const rawV = body === "" ? undefined : child(body, "v");
    let v: string | undefined = rawV === undefined || rawV === "" ? undefined : unescapeXml(rawV);
    const t = attrs.t;
    if (t === undefined && v === undefined) continue;
    let cell: ValueCell;
    switch (t ?? "n") {
      case "n":
        if (v === undefined) continue;
        cell = { t: "n", v: parseFloat(v) };
        break;
      case "s": {
        if (v === undefined) continue;
        const index = parseInt(v, 10);
        if (!(index >= 0 && index < strings.length)) throw new NotHandled("shared string index out of range");
        cell = { t: "s", v: strings[index] as string };
        break;
      }
      case "str":
        cell = { t: "s", v: v != null ? detached(unescapeXml(v, true)) : "" };
        break;
      case "inlineStr": {
        const is = child(body, "is");
        const text = is != null ? stringItemText(is) : "";
        cell = { t: "s", v: text === undefined ? (undefined as unknown as string) : detached(text) };
        break;
      }
      case "b":
        cell = { t: "b", v: v === "1" || v === "true" };
        break;
      case "e":
        cell = { t: "e", v: v === undefined ? (undefined as unknown as number) : ERROR_CODE[v] };
        break;
      case "d":
        throw new NotHandled("ISO date cell");
      default:
        cell = { t: t as XLSX.ExcelDataType, v };
    }
    if (formats === undefined) {
      // No cell styles: SheetJS still labels every cell `General`, and turns nothing into a date.
      cell.z = "General";
    } else {
      const styleIndex = attrs.s === undefined ? undefined : Number(attrs.s);
      const format = styleIndex === undefined || !(styleIndex < formats.length) || !Number.isInteger(styleIndex) ? "General" : formats[styleIndex];
      if (cell.t === "n") {
        if (format === null) throw new NotHandled("number format not declared");
        cell.z = format;
        if (isDateFormat(format)) {
          const date = serialToDate((cell.v as number) + (date1904 ? 1462 : 0));
          if (typeof date !== "number") cell = { t: "d", v: date, z: format };
          else cell.v = date;
        }
      } else if (format !== null) cell.z = format;
    }
    const [r, c] = decodeReference(attrs.r);
    builder.cell(r, c, cellValue(cell), !isEmpty(cell));
  }
}
