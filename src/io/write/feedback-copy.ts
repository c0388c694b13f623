import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { problemLines } from "../../core/feedback/problem-list";
import type { Locale } from "../../core/messages/format-issue";
import { MESSAGE_TABLES } from "../../core/messages/format-issue";
import type { Grid } from "../../core/model/grid";
import type { LocatedIssue, Severity } from "../../core/model/issue";
import { SEVERITY_FILL } from "../../core/presentation/severity-fill";
import { readWorkbook } from "../read";
import { DEFAULT_READ_LIMITS } from "../read/read-limits";
import type { RawInflater } from "../read/read-result";
import { sniffContainer } from "../read/sniff-container";
import { checkZip } from "../read/zip-guard";
import { setValue } from "./cell-text";
import { plainBlock } from "../../core/report/report-model";
import { addReportSheet } from "./report-sheet";

/** The school's file as it was sent: its bytes and name. */
export interface FeedbackSource {
  bytes: Uint8Array;
  fileName: string;
  /** A native raw inflater for the zip guard (the CLI hands Node's zlib). */
  inflateRaw?: RawInflater;
}

export interface FeedbackCopyOptions {
  locale?: Locale;
  /** The school, for the 问题说明 title. */
  school: string;
  /** The notice's table title, for the 问题说明 title. */
  title: string;
}

export interface FeedbackCopy {
  bytes: Uint8Array;
  /**
   * `workbook`: the school's .xlsx itself, re-read by ExcelJS (styles, widths, merges, other sheets
   * kept as far as ExcelJS keeps them); `values`: a new .xlsx from the cells read (a .csv, .xls or
   * .ods source, or an .xlsx ExcelJS cannot open): values, merges and hidden sheets.
   */
  basis: "workbook" | "values";
}

/** The sheet listing the problems, first in the copy. */
export const PROBLEM_SHEET = "问题说明";

/**
 * A copy of a school's own file with its problems marked: each problem cell filled red (error) or
 * yellow (warning) with the colours every output uses (`SEVERITY_FILL`) and the message as the
 * cell's note (after any note the school wrote), and a first sheet 问题说明 listing every problem
 * (sheet, cell, field, what is wrong, what is expected). The source bytes are only read. A file the
 * reader refuses throws its `unreadable-file` message; the caller reports it and goes on.
 */
export async function writeFeedbackCopy(source: FeedbackSource, issues: readonly LocatedIssue[], options: FeedbackCopyOptions): Promise<FeedbackCopy> {
  const locale = options.locale ?? "zh-CN";
  let workbook = await openOwnWorkbook(source);
  const basis: FeedbackCopy["basis"] = workbook ? "workbook" : "values";
  if (!workbook) workbook = workbookFromGrids(readGrids(source));

  markCells(workbook, issues, locale);
  await addProblemSheet(workbook, issues, locale, options);
  return { bytes: await packed(workbook), basis };
}

/**
 * The workbook as .xlsx bytes: ExcelJS writes the parts stored, fflate deflates them (level 1).
 * ExcelJS's own deflate took about half of a copy's time; a hundred copies go back after a roll-up.
 */
async function packed(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as unknown as ExcelJS.XlsxWriteOptions);
  return zipSync(unzipSync(new Uint8Array(stored)), { level: 1 });
}

/** The .xlsx itself through ExcelJS, after the reader's zip guard; undefined for any other format or a workbook ExcelJS refuses. */
async function openOwnWorkbook(source: FeedbackSource): Promise<ExcelJS.Workbook | undefined> {
  if (sniffContainer(source.bytes) !== "zip") return undefined;
  const check = checkZip(source.bytes, DEFAULT_READ_LIMITS, source.inflateRaw);
  if (!check.ok || check.kind !== "xlsx") return undefined;
  const workbook = new ExcelJS.Workbook();
  try {
    // The guard's stored copy: every entry already verified against its declared size.
    await workbook.xlsx.load((check.inflated?.stored ?? source.bytes) as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return undefined;
  }
}

function readGrids(source: FeedbackSource): Grid[] {
  const read = readWorkbook(source.bytes, source.fileName, { inflateRaw: source.inflateRaw });
  if (!read.ok) throw new Error(read.message.zh);
  return read.grids;
}

/** A new workbook holding what was read: each sheet's values where they were, merges, hidden sheets. */
function workbookFromGrids(grids: readonly Grid[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name, { state: grid.hidden ? "hidden" : "visible" });
    const top = grid.origin?.row ?? 0;
    const left = grid.origin?.column ?? 0;
    const widths: number[] = [];
    grid.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        setValue(sheet.getCell(top + r + 1, left + c + 1), value);
        widths[c] = Math.max(widths[c] ?? 0, textWidth(value));
      });
    });
    for (const m of grid.merges) sheet.mergeCells(top + m.top + 1, left + m.left + 1, top + m.bottom + 1, left + m.right + 1);
    widths.forEach((w, c) => {
      if (w !== undefined) sheet.getColumn(left + c + 1).width = Math.min(40, Math.max(8, w + 2));
    });
  }
  return workbook;
}

function textWidth(value: unknown): number {
  let w = 0;
  for (const ch of String(value)) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** Every cell an issue names (its own cell, and the cells of its other rows in the same file), errors over warnings. */
function markCells(workbook: ExcelJS.Workbook, issues: readonly LocatedIssue[], locale: Locale): void {
  const marks = new Map<string, { sheet: string; row: number; column: number; severity: Severity; notes: string[] }>();
  const lines = problemLines(issues, locale);
  issues.forEach((found, n) => {
    if (found.sheet === undefined || found.column === undefined) return;
    const cells = [{ sheet: found.sheet, row: found.row }, ...(found.rows ?? []).filter((r) => (r.path ?? found.path) === found.path).map((r) => ({ sheet: r.sheet ?? found.sheet!, row: r.row }))];
    for (const { sheet, row } of cells) {
      if (row === undefined) continue;
      const key = `${sheet}\u0000${row}\u0000${found.column}`;
      const mark = marks.get(key) ?? { sheet, row, column: found.column, severity: found.severity, notes: [] };
      if (found.severity === "error") mark.severity = "error";
      if (!mark.notes.includes(lines[n].note)) mark.notes.push(lines[n].note);
      marks.set(key, mark);
    }
  });
  for (const mark of marks.values()) {
    const sheet = workbook.getWorksheet(mark.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(mark.row, mark.column);
    // A fresh style object: ExcelJS shares one style object among cells of the same style id.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILL[mark.severity].slice(1)}` } } };
    const own = noteText(cell.note);
    cell.note = [own, ...mark.notes].filter((t) => t !== "").join("\n");
  }
}

function noteText(note: ExcelJS.Cell["note"]): string {
  if (note === undefined || note === null) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** 问题说明, first sheet and the one the copy opens on. */
async function addProblemSheet(workbook: ExcelJS.Workbook, issues: readonly LocatedIssue[], locale: Locale, options: FeedbackCopyOptions): Promise<void> {
  const words = MESSAGE_TABLES[locale].feedback;
  const taken = new Set(workbook.worksheets.map((s) => s.name));
  let name = PROBLEM_SHEET;
  for (let n = 2; taken.has(name); n++) name = `${PROBLEM_SHEET}${n}`;
  const lines = problemLines(issues, locale);
  const block = plainBlock(
    [...words.sheetHeader],
    lines.map((l, i) => [i + 1, l.sheet, l.cell, l.field, l.problem, l.expected, l.severity]),
    true,
  );
  block.marks = issues.map((issue, row) => ({ row, column: 6, severity: issue.severity }));
  const sheet = await addReportSheet(workbook, {
    kind: "issues",
    name,
    title: words.sheetTitle({ school: options.school, title: options.title, count: issues.length }),
    blocks: [block],
  });
  // ExcelJS orders sheets by `orderNo` (not in its typings): put this one before every other.
  const ordered = (s: ExcelJS.Worksheet) => s as ExcelJS.Worksheet & { orderNo?: number };
  const first = Math.min(0, ...workbook.worksheets.filter((s) => s !== sheet).map((s) => ordered(s).orderNo ?? 0));
  ordered(sheet).orderNo = first - 1;
  for (const other of workbook.worksheets) {
    if (other === sheet) continue;
    other.views = (other.views ?? []).map((v) => ({ ...v, tabSelected: false }));
  }
  sheet.views = sheet.views.map((v) => ({ ...v, tabSelected: true }));
  const view = workbook.views?.[0];
  workbook.views = [{ x: view?.x ?? 0, y: view?.y ?? 0, width: view?.width ?? 20000, height: view?.height ?? 12000, visibility: view?.visibility ?? "visible", firstSheet: 0, activeTab: 0 }];
}
