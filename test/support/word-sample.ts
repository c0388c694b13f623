import type { CellValue } from "../../src/core/model/grid";
import { isFormula, type WriterSheet } from "./cell";
import type { WordBoxes, WordTableSpec } from "./write-docx";

/** How a sheet is laid out as a Word document: its first `above` rows are paragraphs above the table, the last `below` under it. */
export interface WordLayout {
  above: number;
  below?: number;
  boxes?: WordBoxes;
}

const cellText = (v: unknown): CellValue => (v === null || v === undefined || isFormula(v as never) || v instanceof Date ? null : (v as CellValue));

function shiftRange(a1: string, by: number): string {
  return a1.replace(/([A-Z]+)(\d+)/g, (_m, col: string, row: string) => `${col}${Number(row) - by}`);
}

/**
 * A sheet as a school's Word document holds the same form: the title and info lines as paragraphs,
 * the table with the sheet's merged areas (rows renumbered from the table's first row), notes
 * below as paragraphs.
 */
export function wordTableOf(sheet: WriterSheet, layout: WordLayout): WordTableSpec {
  const below = layout.below ?? 0;
  const end = sheet.rows.length - below;
  const line = (row: unknown[]) => row.map(cellText).filter((v) => v !== null && v !== "").join(" ");
  const merges = (sheet.merges ?? []).filter((m) => {
    const rows = [...m.matchAll(/\d+/g)].map((x) => Number(x[0]));
    return rows.every((r) => r > layout.above && r <= end);
  });
  return {
    above: sheet.rows.slice(0, layout.above).map(line),
    rows: sheet.rows.slice(layout.above, end).map((row) => row.map(cellText)),
    merges: merges.map((m) => shiftRange(m, layout.above)),
    below: sheet.rows.slice(end).map(line),
    boxes: layout.boxes,
  };
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The same document as an HTML page (rowspan/colspan for merges), for LibreOffice Writer to save as .docx. */
export function wordHtmlOf(spec: WordTableSpec): string {
  const areas = (spec.merges ?? []).map((m) => {
    const [from, to = from] = m.split(":");
    const cell = (ref: string) => {
      const x = /^([A-Z]+)(\d+)$/.exec(ref)!;
      return { row: Number(x[2]) - 1, column: [...x[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
    };
    const a = cell(from);
    const b = cell(to);
    return { top: a.row, left: a.column, bottom: b.row, right: b.column };
  });
  const width = Math.max(...spec.rows.map((r) => r.length), ...areas.map((a) => a.right + 1));
  const rows = spec.rows.map((row, r) => {
    let cells = "";
    for (let c = 0; c < width; c++) {
      const area = areas.find((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
      if (area && (r !== area.top || c !== area.left)) continue;
      const span = area ? ` rowspan="${area.bottom - area.top + 1}" colspan="${area.right - area.left + 1}"` : "";
      const text = row[c] === null || row[c] === undefined ? "" : String(row[c]);
      cells += `<td${span}>${text.split("\n").map((l) => `<p>${escape(l)}</p>`).join("")}</td>`;
    }
    return `<tr>${cells}</tr>`;
  });
  const paragraphs = (lines: string[] | undefined) => (lines ?? []).map((l) => `<p>${escape(l)}</p>`).join("\n");
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>表</title></head><body>\n${paragraphs(spec.above)}\n<table border="1">${rows.join("\n")}</table>\n${paragraphs(spec.below)}\n</body></html>\n`;
}
