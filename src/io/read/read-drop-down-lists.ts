import { columnLetter, columnNumber } from "../../core/messages/column-letter";
import type { CellArea, DropDownList, Grid } from "../../core/model/grid";
import { DEFAULT_READ_LIMITS } from "./read-limits";
import type { RawInflater } from "./read-result";
import { checkZip } from "./zip-guard";

/**
 * The drop-down lists of an .xlsx workbook's sheets (list data validations): what a blank
 * template offers in a column (`学段` → 小学, 初中 …), for learning its layout. Read from the
 * sheets' XML inside the zip the guard has checked — `<dataValidation type="list">` and Excel
 * 2010's `<x14:dataValidation>` (how Excel writes a list on another sheet) — because neither
 * SheetJS's reader nor a full ExcelJS load fits: SheetJS drops validations, and ExcelJS parses
 * every styled cell of a 200-row template and expands each validation cell by cell (tens to
 * hundreds of ms for a 14 kB template, against 2 ms here). A list's values are its literal
 * (`"小学,初中"`) or the cells of the range or defined name it points to, on the same sheet or
 * another (a hidden `选项` sheet). Another format, or a file the guard refuses, gives no lists.
 *
 * Sheet name → lists, areas 0-based on the sheet (`attachDropDownLists` moves them to each grid's origin).
 */
export function readDropDownLists(bytes: Uint8Array, inflateRaw?: RawInflater): Map<string, DropDownList[]> {
  const out = new Map<string, DropDownList[]>();
  const check = checkZip(bytes, DEFAULT_READ_LIMITS, inflateRaw);
  if (!check.ok || check.kind !== "xlsx" || !check.inflated) return out;
  const parts = check.inflated.parts;
  const decoder = new TextDecoder("utf-8");
  const text = (name: string) => {
    const part = parts.get(name);
    return part ? decoder.decode(part) : undefined;
  };
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  const sheets = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1], "name");
    const id = attr(m[1], "r:id") ?? attr(m[1], "id");
    const target = id ? targets.get(id) : undefined;
    if (name && target) sheets.set(name, target);
  }
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = attr(m[1], "name");
    if (name && !/localSheetId/.test(m[1])) names.set(name, unescapeXml(m[2]));
  }
  const sharedStrings = readSharedStrings(text("xl/sharedStrings.xml"));
  const cellCache = new Map<string, Map<string, string>>();
  const cellsOf = (sheetName: string) => {
    let cells = cellCache.get(sheetName);
    if (!cells) {
      const target = sheets.get(sheetName);
      cells = readCells(target ? text(target) : undefined, sharedStrings);
      cellCache.set(sheetName, cells);
    }
    return cells;
  };

  for (const [sheetName, target] of sheets) {
    const xml = text(target);
    if (!xml || !xml.includes("ataValidation")) continue;
    const lists: DropDownList[] = [];
    const add = (sqref: string, formula: string) => {
      const values = listValues(formula, sheetName, names, cellsOf);
      if (values.length === 0) return;
      for (const range of sqref.trim().split(/\s+/)) {
        const area = decodeRange(range);
        if (area) lists.push({ area, values });
      }
    };
    for (const m of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
      if (attr(m[1], "type") !== "list") continue;
      const formula = /<formula1>([\s\S]*?)<\/formula1>/.exec(m[2]);
      const sqref = attr(m[1], "sqref");
      if (formula && sqref) add(sqref, unescapeXml(formula[1]));
    }
    for (const m of xml.matchAll(/<x14:dataValidation\b([^>]*)>([\s\S]*?)<\/x14:dataValidation>/g)) {
      if (attr(m[1], "type") !== "list") continue;
      const formula = /<x14:formula1>\s*<xm:f>([\s\S]*?)<\/xm:f>/.exec(m[2]);
      const sqref = /<xm:sqref>([\s\S]*?)<\/xm:sqref>/.exec(m[2]);
      if (formula && sqref) add(sqref[1], unescapeXml(formula[1]));
    }
    if (lists.length) out.set(sheetName, lists);
  }
  return out;
}

/** The grids with their sheet's drop-down lists, areas moved to each grid's origin (like `merges`). */
export function attachDropDownLists(grids: readonly Grid[], lists: Map<string, DropDownList[]>): Grid[] {
  return grids.map((grid) => {
    const found = lists.get(grid.name);
    if (!found) return grid;
    const r0 = grid.origin?.row ?? 0;
    const c0 = grid.origin?.column ?? 0;
    const moved = found.map((l) => ({ values: l.values, area: { top: l.area.top - r0, bottom: l.area.bottom - r0, left: l.area.left - c0, right: l.area.right - c0 } }));
    return { ...grid, lists: moved };
  });
}

function attr(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(":", "\\:")}="([^"]*)"`).exec(attributes);
  return m ? unescapeXml(m[1]) : undefined;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_all, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** `B4:B203` or `B4` → a 0-based area. */
function decodeRange(range: string): CellArea | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(range);
  if (!m) return undefined;
  const left = columnNumber(m[1]) - 1;
  const top = Number(m[2]) - 1;
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnNumber(m[3]) - 1 : left };
}

function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const si of xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>/g)) {
    // Phonetic runs (<rPh>) are not part of the text.
    const body = si[1].replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
    out.push([...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join(""));
  }
  return out;
}

/** A sheet's cell texts by address (`A2` → `交互式大屏`). */
function readCells(xml: string | undefined, shared: readonly string[]): Map<string, string> {
  const cells = new Map<string, string>();
  if (!xml) return cells;
  for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = attr(c[1], "r");
    if (!ref || !c[2]) continue;
    const type = attr(c[1], "t");
    let value: string | undefined;
    if (type === "inlineStr") value = [...c[2].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join("");
    else {
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[2]);
      if (v) value = type === "s" ? shared[Number(v[1])] : unescapeXml(v[1]);
    }
    if (value !== undefined && value.trim() !== "") cells.set(ref, value.trim());
  }
  return cells;
}

/** `"a,b,c"`, `选项!$A$2:$A$9`, `'Sheet 1'!$B$2:$B$5`, `$C$2:$C$5` (same sheet), or a defined name. */
function listValues(formula: string, sheet: string, names: Map<string, string>, cellsOf: (sheet: string) => Map<string, string>): string[] {
  let text = formula.trim().replace(/^=/, "");
  if (text.startsWith('"')) {
    return text.slice(1, text.endsWith('"') ? -1 : undefined).replace(/""/g, '"').split(",").map((v) => v.trim()).filter((v) => v !== "");
  }
  const named = names.get(text);
  if (named) text = named.trim().replace(/^=/, "");
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!'"]+))!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(text);
  if (!m) return [];
  const target = m[1]?.replace(/''/g, "'") ?? m[2] ?? sheet;
  const area = decodeRange(m[3]);
  if (!area) return [];
  const cells = cellsOf(target);
  const values: string[] = [];
  // A list is a column or a row of a few hundred values at most; a whole-column reference is read as far as it holds values.
  for (let r = area.top; r <= area.bottom && r - area.top < 1000; r++) {
    for (let c = area.left; c <= area.right && c - area.left < 50; c++) {
      const v = cells.get(`${columnLetter(c + 1)}${r + 1}`);
      if (v !== undefined) values.push(v);
    }
  }
  return values;
}
