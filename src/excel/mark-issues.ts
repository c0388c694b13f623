/**
 * Validate in place: fill every cell that has an issue (light red for an error, light yellow for a
 * warning) and put the message beside it — a note (ExcelApi 1.18), else a comment (1.10), else
 * nothing (the pane's list still shows it). Values are never written. What was there before is kept
 * in the workbook so `clearMarks` puts every fill back exactly and removes only what it added.
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
import type { FillState, MarkedCell, MarkRecord } from "./mark-record";
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
  messageMode: Capabilities["messageMode"];
  /** The originals are stored in the workbook (false: kept for this session only). */
  stored: boolean;
}

const FILL_PROPERTIES = { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true };
/** Response bytes of one cell's fill from `getCellProperties`. */
const FILL_BYTES = 150;
/** Response bytes of a note or comment probe. */
const PROBE_BYTES = 120;

const TAG: Record<ExcelLocale, string> = { "zh-CN": "【汇总校验】", "en-US": "[Roll-up check] " };

/** The note text of a cell: the tag, then one line per issue. */
function messageOf(cell: IssueCell, describe: (issue: LocatedIssue) => string, locale: ExcelLocale): string {
  const lines = [...new Set(cell.issues.map(describe))];
  return `${TAG[locale]}${lines.length > 1 ? "\n" : ""}${lines.join("\n")}`;
}

export async function markIssues(issues: readonly LocatedIssue[], options: MarkOptions = {}): Promise<MarkSummary> {
  const caps = options.capabilities ?? detectCapabilities();
  const locale = options.locale ?? displayLocale();
  const describe = options.describe ?? ((issue: LocatedIssue) => formatIssue(issue, locale));
  const stored = caps.supported.storedOriginals;
  return Excel.run(async (context) => {
    const sheet = worksheetOf(context, options.sheet);
    sheet.load("id,name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("columnIndex");
    const list = queuePartList(context, stored);
    await context.sync();
    const xml = queuePartXml(list);
    if (xml.length) await context.sync();
    const previous = recordOf(sheet.id, xml, stored);

    const batch = new PayloadBatch(context);
    const known = previous ? await queueRestore(context, batch, sheet, previous, caps) : new Map<string, boolean>();

    const cells = issueCells(issues, sheet.name, used.isNullObject ? 1 : used.columnIndex + 1);
    const originals = await queueReadFills(batch, sheet, cells, caps);
    const occupied = await findOccupiedCells(context, batch, sheet, cells, caps, known);

    const record: MarkRecord = { sheetId: sheet.id, cells: [] };
    const messages = new Map<IssueCell, string>();
    for (const cell of cells) {
      const entry: MarkedCell = { row: cell.row, column: cell.column, fill: originals(cell) };
      if (caps.messageMode !== "none" && !occupied.has(`${cell.row},${cell.column}`)) {
        const text = messageOf(cell, describe, locale);
        messages.set(cell, text);
        if (caps.messageMode === "note") entry.note = text;
        else entry.comment = text;
      }
      record.cells.push(entry);
    }
    // The record goes first: should a later write fail, the originals are already safe.
    const parts = cells.length ? await queueSave(context, batch, record, stored) : [];

    for (const run of verticalRuns(cells, (a, b) => a.severity === b.severity)) {
      await batch.reserveWrite(SEVERITY_FILL[run.items[0].severity]);
      const fill = sheet.getRange(areaAddress(run.area)).format.fill;
      fill.color = SEVERITY_FILL[run.items[0].severity];
      if (caps.supported.cellProperties) fill.pattern = "Solid";
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
    return {
      sheet: sheet.name,
      cells: cells.length,
      errors,
      warnings: cells.length - errors,
      messages: messages.size,
      keptNotes: caps.messageMode === "none" ? 0 : cells.length - messages.size,
      messageMode: caps.messageMode,
      stored,
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
  const stored = caps.supported.storedOriginals;
  return Excel.run(async (context) => {
    const sheet = worksheetOf(context, options.sheet);
    sheet.load("id,name");
    const list = queuePartList(context, stored);
    await context.sync();
    const xml = queuePartXml(list);
    if (xml.length) await context.sync();
    const previous = recordOf(sheet.id, xml, stored);
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
  const probes: Array<{ cell: MarkedCell; text: string; item: Excel.Note | Excel.Comment }> = [];
  for (const cell of cells) {
    if (cell.note !== undefined && caps.supported.notes) {
      await batch.reserve(ACTION_OVERHEAD_BYTES, PROBE_BYTES);
      const note = context.workbook.notes.getItemOrNullObject(qualifiedAddress(sheet.name, cellAddress(cell.row, cell.column)));
      note.load("content");
      probes.push({ cell, text: cell.note, item: note });
    } else if (cell.commentId !== undefined && cell.comment !== undefined && caps.supported.comments) {
      await batch.reserve(ACTION_OVERHEAD_BYTES, PROBE_BYTES);
      const comment = context.workbook.comments.getItemOrNullObject(cell.commentId);
      comment.load("content");
      probes.push({ cell, text: cell.comment, item: comment });
    }
  }
  if (probes.length) await batch.sync();

  for (const run of verticalRuns(cells, (a, b) => (a.fill === null) === (b.fill === null))) {
    const range = sheet.getRange(areaAddress(run.area));
    if (run.items[0].fill === null) {
      await batch.reserveWrite("clear");
      range.format.fill.clear();
    } else if (caps.supported.cellProperties) {
      const data = run.items.map((c) => [{ format: { fill: c.fill as FillState } }]);
      await batch.reserveWrite(data);
      range.setCellProperties(data as Excel.SettableCellProperties[][]);
    } else {
      await batch.reserveWrite(run.items[0].fill);
      for (const [i, c] of run.items.entries()) sheet.getRange(cellAddress(run.area.top + i, c.column)).format.fill.color = (c.fill as FillState).color;
    }
  }
  const occupied = new Map<string, boolean>();
  for (const { cell, text, item } of probes) {
    const ours = !item.isNullObject && item.content === text;
    if (ours) {
      await batch.reserveWrite("delete");
      item.delete();
    }
    // A comment's cell may hold others' comments too; only a note's state is known for sure.
    if (caps.messageMode === "note" && cell.note !== undefined) occupied.set(`${cell.row},${cell.column}`, !item.isNullObject && !ours);
  }
  queueForget(stored);
  return occupied;
}

/**
 * Queue reading the current fill of every cell to mark. Returns the lookup to use after the sync.
 * ExcelApi 1.9 reads whole runs with `getCellProperties`; before it only the colour can be read
 * (white is taken as no fill).
 */
async function queueReadFills(batch: PayloadBatch, sheet: Excel.Worksheet, cells: IssueCell[], caps: Capabilities): Promise<(cell: IssueCell) => FillState | null> {
  const found = new Map<IssueCell, () => FillState | null>();
  for (const run of verticalRuns(cells)) {
    if (caps.supported.cellProperties) {
      await batch.reserve(ACTION_OVERHEAD_BYTES, run.items.length * FILL_BYTES);
      const props = sheet.getRange(areaAddress(run.area)).getCellProperties({ format: { fill: FILL_PROPERTIES } });
      run.items.forEach((cell, i) =>
        found.set(cell, () => {
          const fill = props.value[i][0].format?.fill as FillState;
          return !fill || fill.pattern === "None" ? null : { ...fill };
        }),
      );
    } else {
      for (const cell of run.items) {
        await batch.reserve(ACTION_OVERHEAD_BYTES, 40);
        const fill = sheet.getRange(cellAddress(cell.row, cell.column)).format.fill;
        fill.load("color");
        found.set(cell, () => (!fill.color || fill.color.toUpperCase() === "#FFFFFF" ? null : { color: fill.color, pattern: "Solid" }));
      }
    }
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
  } else if (caps.messageMode === "comment") {
    const comments = sheet.comments;
    comments.load("items/id");
    await batch.sync();
    const locations = comments.items.map((c) => c.getLocation().load("rowIndex,columnIndex"));
    if (locations.length) await batch.sync();
    for (const l of locations) occupied.add(`${l.rowIndex},${l.columnIndex}`);
  } else {
    await batch.sync();
  }
  return occupied;
}
