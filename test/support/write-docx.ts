import { CheckBox, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CellValue } from "../../src/core/model/grid";

/**
 * How a cell's box characters (`☑智能环境 □智慧教学`) are written in Word: left as typed text,
 * as content-control check boxes (`w14:checkbox`, Word 2010+ 开发工具 → 复选框内容控件), or as legacy
 * form-field check boxes (`w:ffData/w:checkBox`, 旧式窗体 → 复选框型窗体域).
 */
export type WordBoxes = "text" | "content-control" | "legacy";

/** One Word table with the paragraphs around it. `merges` are A1 ranges of the table (row 1 = its first row). */
export interface WordTableSpec {
  above?: string[];
  rows: CellValue[][];
  merges?: string[];
  below?: string[];
  boxes?: WordBoxes;
}

const TICKED = "☑√✓■";
const EMPTY = "□☐";
const LEGACY = (checked: boolean) => `\u2063FORMBOX${checked ? 1 : 0}\u2063`;

function parseRange(a1: string): { top: number; left: number; bottom: number; right: number } {
  const cell = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, column };
  };
  const [from, to = from] = a1.split(":");
  const a = cell(from);
  const b = cell(to);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/** A cell's text as runs: plain text, or each box character turned into a Word check box. */
function runs(text: string, boxes: WordBoxes): Array<TextRun | CheckBox> {
  if (boxes === "text") return [new TextRun(text)];
  const out: Array<TextRun | CheckBox> = [];
  let plain = "";
  for (const ch of text) {
    const ticked = TICKED.includes(ch);
    if (!ticked && !EMPTY.includes(ch)) {
      plain += ch;
      continue;
    }
    if (plain) out.push(new TextRun(plain)), (plain = "");
    out.push(boxes === "content-control" ? new CheckBox({ checked: ticked }) : new TextRun(LEGACY(ticked)));
  }
  if (plain) out.push(new TextRun(plain));
  return out;
}

function paragraphs(value: CellValue, boxes: WordBoxes): Paragraph[] {
  const text = value === null ? "" : String(value);
  // Only a cell of items opens with a box; a label such as `申报项目类别 / □内打√` stays text.
  const cellBoxes = [...TICKED, ...EMPTY].includes([...text][0] ?? "") ? boxes : "text";
  return text.split("\n").map((line) => new Paragraph({ children: runs(line, cellBoxes) }));
}

function table(spec: WordTableSpec): Table {
  const areas = (spec.merges ?? []).map(parseRange);
  const width = Math.max(...spec.rows.map((r) => r.length), ...areas.map((a) => a.right + 1));
  const rows = spec.rows.map((row, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      const area = areas.find((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
      if (area && c !== area.left) continue;
      const span = area ? area.right - area.left + 1 : 1;
      const vertical = area && area.bottom > area.top ? (r === area.top ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
      const value = area && r !== area.top ? null : (row[c] ?? null);
      cells.push(new TableCell({ children: paragraphs(value, spec.boxes ?? "text"), columnSpan: span > 1 ? span : undefined, verticalMerge: vertical, width: { size: 1200 * span, type: WidthType.DXA } }));
    }
    return new TableRow({ children: cells });
  });
  return new Table({ rows });
}

/** Legacy form-field check box runs, as Word 2003–2019 writes them. */
function legacyBox(checked: boolean): string {
  return (
    `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val=""/><w:enabled/><w:calcOnExit w:val="0"/>` +
    `<w:checkBox><w:sizeAuto/><w:default w:val="0"/>${checked ? "<w:checked/>" : ""}</w:checkBox></w:ffData></w:fldChar></w:r>` +
    `<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/**
 * A real .docx written by the `docx` package: for each table its paragraphs above, the table (merged
 * areas as `w:gridSpan` and `w:vMerge`, a cell's lines as paragraphs, box characters as check boxes),
 * and its paragraphs below. Legacy form-field check boxes, which the package does not write, are put
 * into `word/document.xml` as Word writes them.
 */
export async function writeDocx(tables: WordTableSpec[]): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  for (const spec of tables) {
    for (const line of spec.above ?? []) children.push(new Paragraph(line));
    children.push(table(spec));
    for (const line of spec.below ?? []) children.push(new Paragraph(line));
  }
  const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  if (!tables.some((t) => t.boxes === "legacy")) return bytes;
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"]);
  const replaced = xml.replace(/<w:r>(?:(?!<w:r>).)*?\u2063FORMBOX([01])\u2063<\/w:t><\/w:r>/gs, (_m, on: string) => legacyBox(on === "1"));
  if (replaced.includes("FORMBOX")) throw new Error("a legacy check box was not written");
  files["word/document.xml"] = strToU8(replaced);
  return zipSync(files);
}

/** A Word document with paragraphs only (no table). */
export async function writeDocxText(lines: string[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })));
}
