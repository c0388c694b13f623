/**
 * Validate in place: fill every cell that has an issue (light red for an error, light yellow for a
 * warning) and put the message beside it — a note (ExcelApi 1.18), else a comment (1.10, the
 * add-in's floor). Values are never written. What was there before is kept in the workbook so
 * `clearMarks` puts every fill back exactly and removes only what it added. A cell filled with a
 * gradient keeps it: Office.js reads a gradient but cannot write one back, so such a cell is marked
 * by its message only.
 *
 * Syncs per call, whatever the number of issues while each batch fits the payload budget:
 * mark 4 (5 with comments; +1 when the sheet was already marked), clear 3–4.
 */

import { formatIssue } from "../core/messages/format-issue";
import type { LocatedIssue } from "../core/model/issue";
import { areaAddress, cellAddress, qualifiedAddress } from "./a1-address";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { verticalRuns } from "./cell-runs";
import { displayLocale, type ExcelLocale } from "./display-locale";
import { issueCells, type IssueCell } from "./issue-cells";
import { SEVERITY_FILL } from "../core/presentation/severity-fill";
import { canRestoreFill, type FillState, type MarkedCell, type MarkRecord } from "./mark-record";
import { queueForget, queuePartList, queuePartXml, queueRewrite, queueSave, recordOf, type StoredRecord } from "./mark-store";
import { ACTION_OVERHEAD_BYTES, PayloadBatch, utf8Bytes } from "./payload-batch";
import { worksheetOf } from "./worksheet-of";

export interface MarkOptions {
  /** Sheet to mark; the active sheet when absent. Issues whose `sheet` names another sheet are skipped. */
  sheet?: string;
  /** The message of one issue; default core's `formatIssue` in the display locale. */
  describe?: (issue: LocatedIssue) => string;
  locale?: ExcelLocale;
  capabilities?: Capabilities;
}

export interface MarkSummary {
  sheet: string;
  /** Cells filled. */
  cells: number;
  errors: number;
  warnings: number;
  /** Cells that got a note or comment with their messages. */
  messages: number;
  /** Cells that already had a note or comment of their own: left alone, message only in the pane. */
  keptNotes: number;
  /** Cells whose gradient fill was left as it was (it could not be put back): marked by the message only. */
  keptFills: number;
  messageMode: Capabilities["messageMode"];
  /** What the pane says besides the count, in the display language: why messages are comments, cells whose gradient was kept. */
  remarks: string[];
}

const FILL_PROPERTIES = { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true };
/** Response bytes of one cell's fill from `getCellProperties`. */
const FILL_BYTES = 150;
/** Response bytes of a note or comment probe. */
const PROBE_BYTES = 120;

const TAG: Record<ExcelLocale, string> = { "zh-CN": "【汇总校验】", "en-US": "[Roll-up check] " };

const KEPT_FILLS: Record<ExcelLocale, (n: number) => string> = {
  "zh-CN": (n) => `${n} 个单元格是渐变填充，保留原样（Office.js 无法写回渐变），只加了说明。`,
  "en-US": (n) => `${n} gradient-filled cells keep their fill (Office.js cannot write a gradient back); only the message was added.`,
};

/** The note text of a cell: the tag, then one line per issue. */
function messageOf(cell: IssueCell, describe: (issue: LocatedIssue) => string, locale: ExcelLocale): string {
  const lines = [...new Set(cell.issues.map(describe))];
  return `${TAG[locale]}${lines.length > 1 ? "\n" : ""}${lines.join("\n")}`;
}

export async function markIssues(issues: readonly LocatedIssue[], options: MarkOptions = {}): Promise<MarkSummary> {
  const locale = options.locale ?? displayLocale();
  const caps = options.capabilities ?? detectCapabilities(locale);
  const describe = options.describe ?? ((issue: LocatedIssue) => formatIssue(issue, locale));
  return Excel.run(async (context) => {
    const sheet = worksheetOf(context, options.sheet);
    sheet.load("id,name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("columnIndex");
    const list = queuePartList(context);
    await context.sync();
    const xml = queuePartXml(list);
    if (xml.length) await context.sync();
    const previous = recordOf(sheet.id, xml);

    const batch = new PayloadBatch(context);
    const known = previous ? await queueRestore(context, batch, sheet, previous, caps) : new Map<string, boolean>();

    const cells = issueCells(issues, sheet.name, used.isNullObject ? 1 : used.columnIndex + 1);
    const originals = await queueReadFills(batch, sheet, cells);
    const occupied = await findOccupiedCells(context, batch, sheet, cells, caps, known);

    const record: MarkRecord = { sheetId: sheet.id, cells: [] };
    const messages = new Map<IssueCell, string>();
    const filled: IssueCell[] = [];
    for (const cell of cells) {
      const entry: MarkedCell = { row: cell.row, column: cell.column };
      const original = originals(cell);
      if (canRestoreFill(original)) {
        entry.fill = original;
        filled.push(cell);
      }
      if (!occupied.has(`${cell.row},${cell.column}`)) {
        const text = messageOf(cell, describe, locale);
        messages.set(cell, text);
        if (caps.messageMode === "note") entry.note = text;
        else entry.comment = text;
      }
      record.cells.push(entry);
    }
    // The record goes first: should a later write fail, the originals are already safe.
    const parts = cells.length ? await queueSave(context, batch, record) : [];

    for (const run of verticalRuns(filled, (a, b) => a.severity === b.severity)) {
      await batch.reserveWrite(SEVERITY_FILL[run.items[0].severity]);
      const fill = sheet.getRange(areaAddress(run.area)).format.fill;
      fill.color = SEVERITY_FILL[run.items[0].severity];
      fill.pattern = "Solid";
    }
    const added: Array<{ entry: MarkedCell; comment: Excel.Comment }> = [];
    for (const [cell, text] of messages) {
      const address = qualifiedAddress(sheet.name, cellAddress(cell.row, cell.column));
      await batch.reserveWrite([address, text]);
      if (caps.messageMode === "note") context.workbook.notes.add(address, text);
      else {
        const comment = context.workbook.comments.add(address, text);
        comment.load("id");
        added.push({ entry: record.cells[cells.indexOf(cell)], comment });
      }
    }
    await batch.sync();
    if (added.length) {
      for (const { entry, comment } of added) entry.commentId = comment.id;
      await queueRewrite(batch, parts, record);
      await batch.sync();
    }

    const errors = cells.filter((c) => c.severity === "error").length;
    const keptFills = cells.length - filled.length;
    const remarks = [...(caps.messageMode === "comment" && caps.reasons.notes ? [caps.reasons.notes] : []), ...(keptFills ? [KEPT_FILLS[locale](keptFills)] : [])];
    return {
      sheet: sheet.name,
      cells: cells.length,
      errors,
      warnings: cells.length - errors,
      messages: messages.size,
      keptNotes: cells.length - messages.size,
      keptFills,
      messageMode: caps.messageMode,
      remarks,
    };
  });
}

export interface ClearSummary {
  sheet: string;
  /** Cells whose fill was put back. */
  restored: number;
}

/** Undo `markIssues` on a sheet (the active one by default): fills back, added notes/comments removed. */
export async function clearMarks(options: { sheet?: string; capabilities?: Capabilities } = {}): Promise<ClearSummary> {
  const caps = options.capabilities ?? detectCapabilities();
  return Excel.run(async (context) => {
    const sheet = worksheetOf(context, options.sheet);
    sheet.load("id,name");
    const list = queuePartList(context);
    await context.sync();
    const xml = queuePartXml(list);
    if (xml.length) await context.sync();
    const previous = recordOf(sheet.id, xml);
    if (!previous) return { sheet: sheet.name, restored: 0 };
    const batch = new PayloadBatch(context);
    await queueRestore(context, batch, sheet, previous, caps);
    await batch.sync();
    return { sheet: sheet.name, restored: previous.record.cells.length };
  });
}

/** Select the cell of an issue the person clicked in the pane (1-based row and column, as issues give them). */
export async function selectIssueCell(sheet: string, row: number, column: number): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cellAddress(row - 1, column - 1)).select();
    await context.sync();
  });
}

/**
 * Queue putting a sheet back as the record says: fills restored, this add-in's notes/comments removed
 * (only when their text is still what was written: a note a person edited is theirs now), the record
 * deleted. Syncs once first to probe the notes/comments. Returns, for each probed cell (`"row,column"`),
 * whether it still holds a note/comment once the queue has run — what a new marking need not probe again.
 */
async function queueRestore(context: Excel.RequestContext, batch: PayloadBatch, sheet: Excel.Worksheet, stored: StoredRecord, caps: Capabilities): Promise<Map<string, boolean>> {
  const { cells } = stored.record;
  const notes: Array<{ cell: MarkedCell; note: Excel.Note }> = [];
  for (const cell of cells) {
    if (cell.note === undefined || !caps.supported.notes) continue;
    await batch.reserve(ACTION_OVERHEAD_BYTES, PROBE_BYTES);
    const note = context.workbook.notes.getItemOrNullObject(qualifiedAddress(sheet.name, cellAddress(cell.row, cell.column)));
    note.load("content");
    notes.push({ cell, note });
  }
  // Comments are found in the sheet's list (ExcelApi 1.10) by the id written: fetching one by id
  // with `getItemOrNullObject` would need ExcelApi 1.14, above the floor.
  const ours = cells.filter((c) => c.commentId !== undefined && c.comment !== undefined);
  let comments: Excel.CommentCollection | undefined;
  if (ours.length) {
    await batch.reserve(ACTION_OVERHEAD_BYTES, ours.length * PROBE_BYTES);
    comments = sheet.comments;
    comments.load("items/id,items/content");
  }
  if (notes.length || comments) await batch.sync();

  // Cells that had no fill, or a fill that cannot be written back (a gradient in a record kept by an
  // earlier version), are cleared; the others get their fill back. Cells whose fill was left alone
  // are not touched.
  const restorable = cells.filter((c) => c.fill !== undefined);
  const clears = (c: MarkedCell) => c.fill === null || !canRestoreFill(c.fill ?? null);
  for (const run of verticalRuns(restorable, (a, b) => clears(a) === clears(b))) {
    const range = sheet.getRange(areaAddress(run.area));
    if (clears(run.items[0])) {
      await batch.reserveWrite("clear");
      range.format.fill.clear();
    } else {
      const data = run.items.map((c) => [{ format: { fill: c.fill as FillState } }]);
      await batch.reserveWrite(data);
      range.setCellProperties(data as Excel.SettableCellProperties[][]);
    }
  }
  const occupied = new Map<string, boolean>();
  for (const { cell, note } of notes) {
    const mine = !note.isNullObject && note.content === cell.note;
    if (mine) {
      await batch.reserveWrite("delete");
      note.delete();
    }
    if (caps.messageMode === "note") occupied.set(`${cell.row},${cell.column}`, !note.isNullObject && !mine);
  }
  // A comment's cell may hold others' comments too; only a note's state is known for sure.
  const byId = new Map((comments?.items ?? []).map((c) => [c.id, c]));
  for (const cell of ours) {
    const comment = byId.get(cell.commentId as string);
    if (!comment || comment.content !== cell.comment) continue;
    await batch.reserveWrite("delete");
    comment.delete();
  }
  queueForget(stored);
  return occupied;
}

/**
 * Queue reading the current fill of every cell to mark, whole runs at once with `getCellProperties`
 * (ExcelApi 1.9). Returns the lookup to use after the sync.
 */
async function queueReadFills(batch: PayloadBatch, sheet: Excel.Worksheet, cells: IssueCell[]): Promise<(cell: IssueCell) => FillState | null> {
  const found = new Map<IssueCell, () => FillState | null>();
  for (const run of verticalRuns(cells)) {
    await batch.reserve(ACTION_OVERHEAD_BYTES, run.items.length * FILL_BYTES);
    const props = sheet.getRange(areaAddress(run.area)).getCellProperties({ format: { fill: FILL_PROPERTIES } });
    run.items.forEach((cell, i) =>
      found.set(cell, () => {
        const fill = props.value[i][0].format?.fill as FillState;
        return !fill || fill.pattern === "None" ? null : { ...fill };
      }),
    );
  }
  return (cell) => found.get(cell)?.() ?? null;
}

/**
 * Queue finding which cells to mark already hold a note (or, in comment mode, a comment) of their
 * own. Notes are probed cell by cell (except those `known` from clearing a previous marking);
 * comments are listed (one more sync for their locations). Resolves after the sync that answers.
 */
async function findOccupiedCells(
  context: Excel.RequestContext,
  batch: PayloadBatch,
  sheet: Excel.Worksheet,
  cells: IssueCell[],
  caps: Capabilities,
  known: Map<string, boolean>,
): Promise<Set<string>> {
  const occupied = new Set<string>([...known].filter(([, has]) => has).map(([key]) => key));
  if (caps.messageMode === "note") {
    const probes: Array<{ cell: IssueCell; note: Excel.Note }> = [];
    for (const cell of cells) {
      if (known.has(`${cell.row},${cell.column}`)) continue;
      const address = qualifiedAddress(sheet.name, cellAddress(cell.row, cell.column));
      await batch.reserve(ACTION_OVERHEAD_BYTES + utf8Bytes(address), PROBE_BYTES);
      const note = context.workbook.notes.getItemOrNullObject(address);
      note.load("content");
      probes.push({ cell, note });
    }
    await batch.sync();
    for (const { cell, note } of probes) if (!note.isNullObject) occupied.add(`${cell.row},${cell.column}`);
  } else {
    const comments = sheet.comments;
    comments.load("items/id");
    await batch.sync();
    const locations = comments.items.map((c) => c.getLocation().load("rowIndex,columnIndex"));
    if (locations.length) await batch.sync();
    for (const l of locations) occupied.add(`${l.rowIndex},${l.columnIndex}`);
  }
  return occupied;
}
