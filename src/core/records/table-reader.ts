import { emptyValues } from "../layout/empty-values";
import type { FieldDef, Layout } from "../layout/schema";
import { sourceColumn, sourceRow, type CellValue, type Grid } from "../model/grid";
import { cellOf, setCell, type SkippedRow, type SourceRecord } from "../model/record";
import { headerKey } from "../normalize/header-key";
import { nonDataKind } from "../normalize/row-kind";
import { schoolName } from "../normalize/school-name";
import { normalizeText } from "../normalize/text";
import type { Recognition } from "../recognize/recognition";
import { contactPairs, isSectionContactRow, sectionOpened } from "../recognize/section-row";
import { cellAt, cellKey } from "../recognize/sheet-view";
import { fieldValue } from "./field-value";
import { verticalMergeSources } from "./fill-down";

export interface TableRead {
  records: SourceRecord[];
  skipped: SkippedRow[];
  /** Further header rows found below the first (a sectioned sheet repeats its header), 1-based. */
  headerRows: number[];
  /** Per-section contact rows, as `类别/label` → value. */
  sectionInfo: Record<string, string>;
}

interface Column {
  c: number;
  field: FieldDef;
  /** Header key of the column, to spot a repeated header row. */
  key: string;
  /** One of several sub-columns of its field (`联系电话` over `手机 | 座机`). */
  split: boolean;
}

/**
 * Reads the data rows under a recognised header: one record per row, merged cells filled down,
 * blank / placeholder / note rows skipped, section rows and repeated headers followed, info-line
 * and section values supplied where the layout says so.
 */
export function readTable(grid: Grid, rec: Recognition): TableRead {
  const layout = rec.layout;
  const header = rec.header!;
  const byName = new Map(layout.fields.map((f) => [f.name, f]));
  const perField = new Map<string, number>();
  for (const m of header.columns) perField.set(m.field, (perField.get(m.field) ?? 0) + 1);
  const columns: Column[] = header.columns.map((m) => ({
    c: m.c,
    field: byName.get(m.field)!,
    key: headerKey(cellAt(grid, header.top, m.c)) || headerKey(cellAt(grid, header.bottom, m.c)),
    split: perField.get(m.field)! > 1,
  }));
  const dataColumns = columns.filter((col) => !col.field.ignoredOnInput).map((col) => col.c);
  const info = rec.detection.info;
  const fromInfo = layout.fields.filter((f) => f.fromInfo && info[f.fromInfo] !== undefined);
  const sectionField = layout.sections?.field;
  const mapped = new Set(columns.map((c) => c.field.name));
  const merged = verticalMergeSources(grid, header.bottom + 1);

  const out: TableRead = { records: [], skipped: [], headerRows: [], sectionInfo: {} };
  let section: string | undefined;
  let pendingBlank: SkippedRow[] = [];
  const start = header.bottom + 1;
  if (layout.sections) {
    // The first section row sits above the first header.
    for (let r = header.top - 1; r >= 0; r--) {
      const keys = (grid.rows[r] ?? []).map((v) => headerKey(v));
      const opened = sectionOpened(layout, keys);
      if (opened !== undefined) {
        section = opened;
        readContactRows(grid, layout, r + 1, header.top, section, out.sectionInfo);
        break;
      }
    }
  }
  const width = Math.max(0, ...columns.map((c) => c.c + 1));
  for (let r = start; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const texts: string[] = [];
    for (let c = 0; c < Math.max(width, row.length); c++) texts.push(normalizeText(row[c] ?? null));
    const kind = nonDataKind(texts);
    if (kind === "blank") {
      pendingBlank.push({ row: sourceRow(grid, r), reason: "blank" });
      continue;
    }
    if (layout.sections) {
      const keys = texts.map((t) => headerKey(t));
      const opened = sectionOpened(layout, keys);
      if (opened !== undefined) {
        section = opened;
        pendingBlank = [];
        continue;
      }
      if (isSectionContactRow(layout, keys)) {
        addContact(out.sectionInfo, section, texts);
        continue;
      }
    }
    if (isRepeatedHeader(columns, texts)) {
      out.headerRows.push(sourceRow(grid, r));
      pendingBlank = [];
      continue;
    }
    if (kind !== undefined) {
      flush(out, pendingBlank);
      pendingBlank = [];
      out.skipped.push({ row: sourceRow(grid, r), reason: kind });
      continue;
    }
    // A row whose data columns are empty (only 序号, or only cells filled by a merge) is a template row.
    const dataKind = nonDataKind(texts, dataColumns);
    if (dataKind !== undefined) {
      flush(out, pendingBlank);
      pendingBlank = [];
      out.skipped.push({ row: sourceRow(grid, r), reason: dataKind === "blank" ? "template" : dataKind });
      continue;
    }
    flush(out, pendingBlank);
    pendingBlank = [];
    out.records.push(readRow(grid, r, texts, columns, merged, layout, info, fromInfo, mapped, sectionField, section));
  }
  return out;
}

function flush(out: TableRead, blanks: SkippedRow[]): void {
  for (const b of blanks) out.skipped.push(b);
}

function readRow(
  grid: Grid,
  r: number,
  /** `normalizeText` of each cell of row `r`. */
  texts: readonly string[],
  columns: Column[],
  merged: Map<number, [number, number]>,
  layout: Layout,
  info: Record<string, string>,
  fromInfo: FieldDef[],
  mapped: Set<string>,
  sectionField: string | undefined,
  section: string | undefined,
): SourceRecord {
  // Every field present, null until read: cloned from one object per layout (one shape for all records).
  const record: SourceRecord = { row: sourceRow(grid, r), values: { ...emptyValues(layout) }, columns: {} };
  for (const col of columns) {
    let raw: CellValue = cellAt(grid, r, col.c);
    let atRow = r;
    let atColumn = col.c;
    let text: string | undefined = texts[col.c];
    if (raw === null || raw === "") {
      const source = merged.get(cellKey(r, col.c));
      if (source) {
        raw = cellAt(grid, source[0], source[1]);
        atRow = source[0];
        atColumn = source[1];
        text = undefined;
        if (raw !== null && raw !== "") (record.filled ??= {})[col.field.name] = "merged";
      }
    }
    let value = fieldValue(col.field, raw, text);
    // The school's name is shown and compared without a trailing （盖章） or 。 (one normaliser).
    if (typeof value === "string" && col.field.name === layout.school?.field) value = schoolName(value) || null;
    if (value === null) continue;
    const cell = { row: sourceRow(grid, atRow), column: sourceColumn(grid, atColumn) };
    const before = record.values[col.field.name];
    if (before !== null && col.split) {
      // Sub-columns of one field (手机 | 座机): both kept, joined as a cell with two numbers is.
      const parts = ((record.parts ??= {})[col.field.name] ??= [{ text: String(before), cell: cellOf(record, col.field.name)! }]);
      parts.push({ text: String(value), cell });
      record.values[col.field.name] = `${before}/${value}`;
      continue;
    }
    record.values[col.field.name] = value;
    setCell(record, col.field.name, cell);
  }
  for (const f of fromInfo) {
    if (record.values[f.name] === null) {
      record.values[f.name] = fieldValue(f, info[f.fromInfo!]);
      (record.filled ??= {})[f.name] = "info-line";
    }
  }
  if (sectionField !== undefined && section !== undefined && (!mapped.has(sectionField) || record.values[sectionField] === null)) {
    record.values[sectionField] = section;
    (record.filled ??= {})[sectionField] = "section";
  }
  return record;
}

/** At least two columns, and most of them, hold their own header text again. */
function isRepeatedHeader(columns: Column[], texts: readonly string[]): boolean {
  let same = 0;
  for (const col of columns) {
    const text = texts[col.c] ?? "";
    // Cheap first-character test before the full key: this runs on every data row.
    if (col.key !== "" && text !== "" && sameFirst(text, col.key) && headerKey(text) === col.key) same++;
  }
  return same >= 2 && same * 2 > columns.length;
}

/** `text[0].toLowerCase() === key[0]`, without a new string for the usual characters (ASCII, CJK). */
function sameFirst(text: string, key: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return (code >= 65 && code <= 90 ? code + 32 : code) === key.charCodeAt(0);
  if (code >= 0x3400 && code <= 0x9fff) return code === key.charCodeAt(0);
  return text[0].toLowerCase() === key[0];
}

function addContact(target: Record<string, string>, section: string | undefined, texts: readonly string[]): void {
  const pairs = contactPairs(texts);
  for (const [label, value] of Object.entries(pairs)) target[section ? `${section}/${label}` : label] = value;
}

function readContactRows(grid: Grid, layout: Layout, from: number, to: number, section: string, target: Record<string, string>): void {
  for (let r = from; r < to; r++) {
    const texts = (grid.rows[r] ?? []).map((v) => normalizeText(v));
    if (isSectionContactRow(layout, texts.map((t) => headerKey(t)))) addContact(target, section, texts);
  }
}
