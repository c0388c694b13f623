import { SaxesParser, type SaxesTagNS } from "saxes";
import { EMPTY_BOX, symbolText, TICKED_BOX } from "./check-boxes";
import { attribute, isOn, wordName } from "./word-names";

/** One cell of a Word table row as written: its text, how many grid columns it spans, its vertical merge. */
export interface WordCell {
  /** The cell's paragraphs joined by line breaks; check boxes as ☑ / ☐. */
  text: string;
  /** `w:gridSpan`: grid columns the cell covers (1 when absent). */
  span: number;
  /** `w:vMerge`: opens a vertical merge, or continues the one above. */
  vMerge?: "restart" | "continue";
}

export interface WordRow {
  /** `w:gridBefore`: grid columns left empty before the first cell. */
  before: number;
  cells: WordCell[];
}

/** A `w:tbl`, in the order tables start in the document (a nested table follows its outer one). */
export interface WordTable {
  /** The non-empty paragraphs between the previous table of the same body or cell and this one: title and info lines. */
  above: string[];
  rows: WordRow[];
}

export interface WordDocument {
  tables: WordTable[];
  /** The body's own non-empty paragraphs (outside tables), for a document with no table. */
  paragraphs: string[];
}

/** Paragraphs above a table kept as its title and info lines: the table's caption sits just above it, body text before that is the notice. */
const ABOVE_KEPT = 5;
/** Body paragraphs kept for a document without tables. */
const BODY_KEPT = 200;

/** Subtrees that repeat or hide text: the fallback of alternate content, text boxes, deleted and moved-away revisions. */
const SKIPPED = new Set(["mc:Fallback", "txbxContent", "del", "moveFrom"]);

interface Container {
  paragraphs: string[];
  since: string[];
}

interface OpenTable {
  table: WordTable;
  row?: WordRow;
  cell?: WordCell & { container: Container };
}

interface OpenSdt {
  checkbox: boolean;
  checked: boolean;
  content: boolean;
}

/**
 * Reads `word/document.xml` (already inflated and checked) into its tables and paragraphs with a
 * streaming XML parser: cells with their spans and vertical merges, paragraphs in a cell joined by
 * line breaks, and every kind of check box Word has written as ☑ / ☐: content controls
 * (`w14:checkbox`), legacy form fields (`w:ffData/w:checkBox`) and symbol-font boxes (`w:sym`).
 * Throws on malformed XML.
 */
export function readWordDocument(xml: string): WordDocument {
  const body: Container = { paragraphs: [], since: [] };
  const containers: Container[] = [body];
  const tables: WordTable[] = [];
  const bodyText: string[] = [];
  const open: OpenTable[] = [];
  const sdts: OpenSdt[] = [];
  let paragraph: string | undefined;
  let runDepth = 0;
  let inText = false;
  let silenced = 0;
  let depth = 0;
  let skipUntil = -1;
  let formBox: { checked?: boolean; byDefault: boolean } | undefined;

  const emit = (text: string) => {
    if (paragraph !== undefined && silenced === 0) paragraph += text;
  };
  const container = () => containers[containers.length - 1];

  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on("opentag", (tag: SaxesTagNS) => {
    depth += 1;
    if (skipUntil >= 0) return;
    const name = wordName(tag);
    if (SKIPPED.has(name)) {
      skipUntil = depth;
      return;
    }
    const current = open[open.length - 1];
    switch (name) {
      case "p":
        paragraph = "";
        break;
      case "r":
        runDepth += 1;
        break;
      case "t":
        inText = true;
        break;
      case "tab":
        if (runDepth > 0) emit(" ");
        break;
      case "br":
      case "cr":
        if (runDepth > 0) emit("\n");
        break;
      case "noBreakHyphen":
        emit("-");
        break;
      case "sym":
        emit(symbolText(attribute(tag, "font"), attribute(tag, "char")));
        break;
      case "checkBox":
        formBox = { byDefault: false };
        break;
      case "default":
        if (formBox) formBox.byDefault = isOn(tag);
        break;
      case "checked":
        if (formBox) formBox.checked = isOn(tag);
        break;
      case "sdt":
        sdts.push({ checkbox: false, checked: false, content: false });
        break;
      case "w14:checkbox":
        if (sdts.length) sdts[sdts.length - 1].checkbox = true;
        break;
      case "w14:checked":
        if (sdts.length) sdts[sdts.length - 1].checked = isOn(tag);
        break;
      case "sdtContent": {
        const sdt = sdts[sdts.length - 1];
        if (sdt?.checkbox) {
          emit(sdt.checked ? TICKED_BOX : EMPTY_BOX);
          // The box's glyph (☒, a Wingdings character) is its look, already read from w14:checked.
          sdt.content = true;
          silenced += 1;
        }
        break;
      }
      case "tbl": {
        const here = container();
        const table: WordTable = { above: here.since, rows: [] };
        here.since = [];
        tables.push(table);
        open.push({ table });
        break;
      }
      case "tr":
        if (current) {
          current.row = { before: 0, cells: [] };
          current.table.rows.push(current.row);
        }
        break;
      case "gridBefore":
        if (current?.row && !current.cell) current.row.before = positive(attribute(tag, "val"), 0);
        break;
      case "tc":
        if (current) {
          current.cell = { text: "", span: 1, container: { paragraphs: [], since: [] } };
          containers.push(current.cell.container);
        }
        break;
      case "gridSpan":
        if (current?.cell) current.cell.span = positive(attribute(tag, "val"), 1);
        break;
      case "vMerge":
        if (current?.cell) current.cell.vMerge = attribute(tag, "val") === "restart" ? "restart" : "continue";
        break;
    }
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    const closing = depth;
    depth -= 1;
    if (skipUntil >= 0) {
      if (closing === skipUntil) skipUntil = -1;
      return;
    }
    const current = open[open.length - 1];
    switch (wordName(tag)) {
      case "p": {
        const text = paragraph ?? "";
        paragraph = undefined;
        const here = container();
        const trimmed = text.trim();
        if (here !== body) here.paragraphs.push(text);
        else if (trimmed !== "" && bodyText.length < BODY_KEPT) bodyText.push(trimmed);
        if (trimmed !== "") {
          here.since.push(trimmed);
          if (here.since.length > ABOVE_KEPT) here.since.shift();
        }
        break;
      }
      case "r":
        runDepth = Math.max(0, runDepth - 1);
        break;
      case "t":
        inText = false;
        break;
      case "checkBox":
        if (formBox) emit((formBox.checked ?? formBox.byDefault) ? TICKED_BOX : EMPTY_BOX);
        formBox = undefined;
        break;
      case "sdtContent": {
        const sdt = sdts[sdts.length - 1];
        if (sdt?.content) {
          sdt.content = false;
          silenced -= 1;
        }
        break;
      }
      case "sdt":
        sdts.pop();
        break;
      case "tc":
        if (current?.cell) {
          const { container: cellContainer, ...cell } = current.cell;
          containers.pop();
          current.row?.cells.push({ ...cell, text: cellText(cellContainer.paragraphs) });
          current.cell = undefined;
        }
        break;
      case "tr":
        if (current) current.row = undefined;
        break;
      case "tbl":
        open.pop();
        break;
    }
  });
  parser.on("text", (text: string) => {
    if (inText && skipUntil < 0) emit(text);
  });
  parser.write(xml).close();
  return { tables, paragraphs: bodyText };
}

/** A cell's paragraphs joined by line breaks, without the empty paragraphs Word leaves at its end. */
function cellText(paragraphs: string[]): string {
  let end = paragraphs.length;
  while (end > 0 && paragraphs[end - 1].trim() === "") end -= 1;
  let start = 0;
  while (start < end && paragraphs[start].trim() === "") start += 1;
  return paragraphs.slice(start, end).join("\n");
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1024) : fallback;
}
