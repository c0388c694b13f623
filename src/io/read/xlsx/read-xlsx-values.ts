import type { Grid } from "../../../core/model/grid";
import { GridBuilder } from "../grid-builder";
import type { ReadLimits } from "../read-limits";
import type { ReadNote } from "../read-result";
import { truncationNotes } from "../read-spreadsheet";
import { StreamedPart } from "../streamed-part";
import { ZipFailureError, type ZipFailure } from "../zip-failure";
import { NotHandled } from "./not-handled";
import { cellStyleFormats } from "./number-formats";
import { parseSharedStrings } from "./shared-strings";
import { isUtf16 } from "./utf16-mark";
import { parseWorksheet } from "./worksheet-cells";
import { attribute, unescapeXml } from "./xml-text";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKBOOK_TYPES = [
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  "application/vnd.ms-excel.template.macroEnabled.main+xml",
];
const STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

/**
 * Why the values reader left a file to SheetJS (for tests and the bench; not shown to users), or,
 * with `failure`, why the file cannot be read at all: a streamed worksheet failed the zip guard's
 * checks as it was inflated.
 */
export type ValuesRead = { ok: true; grids: Grid[]; notes: ReadNote[] } | { ok: false; why: string; failure?: ZipFailure };

/** A workbook part: its inflated bytes, or a large worksheet inflated as it is read. */
export type WorkbookPart = Uint8Array | StreamedPart;

export interface ValuesReadOptions {
  /** Worksheet bytes decoded at a time (tests make it small to cut sheets into many chunks). */
  chunkBytes?: number;
  /** Compressed bytes of a streamed worksheet inflated at a time (tests make it small to cut its chunks small). */
  inflateStep?: number;
}

const decoder = new TextDecoder("utf-8");

function text(parts: ReadonlyMap<string, WorkbookPart>, name: string): string | undefined {
  const part = parts.get(name);
  if (!part) return undefined;
  if (part instanceof StreamedPart) throw new NotHandled(`${name} is streamed (not a worksheet)`);
  if (isUtf16(part)) throw new NotHandled(`${name} is UTF-16`);
  return decoder.decode(part);
}

/** `[Content_Types].xml` → the part names declared with each content type. */
function contentTypes(xml: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const tag of xml.match(/<Override\b[^<>]*>/g) ?? []) {
    const type = attribute(tag, "ContentType");
    const part = attribute(tag, "PartName");
    if (!type || !part) continue;
    const list = out.get(type) ?? [];
    list.push(part.replace(/^\//, ""));
    out.set(type, list);
  }
  return out;
}

/**
 * The values-only .xlsx reader: the parts of a workbook from the zip guard, inflated, or for a
 * large worksheet inflated (and verified) as it is read (`StreamedPart`) →
 * the grids (and truncation notes) that SheetJS's dense parse would give through `sheetToGrid`:
 * each cell read as SheetJS reads it (`t`, `v`, `z`) goes straight into a `GridBuilder`, so no
 * worksheet is ever one string nor its cells objects kept beside the grid. Reads
 * cell values, shared and inline strings (rich text runs joined), booleans, errors, formulas'
 * cached values, dates by the cell's number format (built-in and custom, 1900 and 1904 date
 * systems), merged ranges and hidden / very hidden sheets.
 *
 * Anything it does not read as SheetJS does is answered `{ ok: false }`, and the caller hands
 * the file to SheetJS: strict OOXML, namespace prefixes, chart / dialog / macro sheets, cells
 * without a reference, ISO date cells, undeclared number formats, UTF-16 parts, a shared string
 * index out of range (SheetJS then refuses the file itself) …
 */
export function readXlsxValues(parts: ReadonlyMap<string, WorkbookPart>, limits: ReadLimits, options: ValuesReadOptions = {}): ValuesRead {
  try {
    return { ok: true, ...readParts(parts, limits, options) };
  } catch (error) {
    if (error instanceof NotHandled) return { ok: false, why: error.message };
    if (error instanceof ZipFailureError) return { ok: false, why: error.failure.detail, failure: error.failure };
    return { ok: false, why: `unexpected: ${(error as Error)?.message ?? String(error)}` };
  }
}

function readParts(parts: ReadonlyMap<string, WorkbookPart>, limits: ReadLimits, options: ValuesReadOptions): { grids: Grid[]; notes: ReadNote[] } {
  const types = text(parts, "[Content_Types].xml");
  if (types === undefined) throw new NotHandled("no content types");
  const declared = contentTypes(types);
  const workbooks = WORKBOOK_TYPES.flatMap((t) => declared.get(t) ?? []);
  if (workbooks.length !== 1 || workbooks[0] !== "xl/workbook.xml") throw new NotHandled("workbook part");
  const workbookXml = text(parts, "xl/workbook.xml");
  if (workbookXml === undefined) throw new NotHandled("no workbook part");
  const root = /<workbook\b[^<>]*>/.exec(workbookXml);
  if (!root || attribute(root[0], "xmlns") !== MAIN_NS) throw new NotHandled("workbook namespace (strict OOXML or prefixed)");
  if (/<\w+:sheet\b/.test(workbookXml)) throw new NotHandled("prefixed sheets");

  const props = /<workbookPr\b[^<>]*>/.exec(workbookXml);
  const date1904Attr = props ? attribute(props[0], "date1904") : undefined;
  const date1904 = date1904Attr === "1" || date1904Attr === "true";

  const relsXml = text(parts, "xl/_rels/workbook.xml.rels");
  if (relsXml === undefined) throw new NotHandled("no workbook relationships");
  const rels = new Map<string, { type: string; target: string }>();
  for (const tag of relsXml.match(/<Relationship\b[^<>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const type = attribute(tag, "Type");
    const target = attribute(tag, "Target");
    if (id && type && target) rels.set(id, { type, target });
  }

  const stringsPart = declared.get(STRINGS_TYPE)?.[0];
  const stringsXml = stringsPart ? text(parts, stringsPart) : undefined;
  const strings = stringsXml ? parseSharedStrings(stringsXml) : [];
  const stylesPart = declared.get(STYLES_TYPE)?.[0];
  const formats = cellStyleFormats(stylesPart ? text(parts, stylesPart) : undefined);

  const names = new Set<string>();
  const grids: Grid[] = [];
  const notes: ReadNote[] = [];
  for (const tag of workbookXml.match(/<sheet\b[^<>]*>/g) ?? []) {
    const rawName = attribute(tag, "name");
    const rid = attribute(tag, "r:id");
    if (rawName === undefined || rid === undefined) throw new NotHandled("sheet without name or r:id");
    const rel = rels.get(rid);
    if (!rel || rel.type !== WORKSHEET_REL) throw new NotHandled("not a worksheet (chart, dialog or macro sheet)");
    const path = sheetPath(rel.target, parts);
    const part = parts.get(path);
    if (part === undefined) throw new NotHandled("worksheet part missing");
    const xml = part instanceof StreamedPart ? part.chunks(options.inflateStep) : [part];
    const name = unescapeXml(rawName);
    if (names.has(name)) throw new NotHandled("duplicate sheet name");
    names.add(name);
    const builder = new GridBuilder(limits.maxRows, limits.maxColumns);
    const merges = parseWorksheet(xml, { strings, formats, date1904 }, builder, options.chunkBytes);
    const state = attribute(tag, "state");
    const result = builder.finish(name, state === "hidden" || state === "veryHidden", merges);
    grids.push(result.grid);
    notes.push(...truncationNotes(result, name, limits));
  }
  if (names.size === 0) throw new NotHandled("no sheets");
  return { grids, notes };
}

/** A relationship's target as SheetJS looks it up: under `xl/`, else as written. */
function sheetPath(target: string, parts: ReadonlyMap<string, WorkbookPart>): string {
  const underXl = `xl/${target.replace(/[/]?xl\//, "")}`;
  if (parts.has(underXl)) return underXl;
  if (parts.has(target)) return target;
  throw new NotHandled("worksheet target");
}
