import type { Layout } from "../layout/schema";
import { headerIndex, lookupHeader, type FieldHit, type HeaderIndex } from "./header-index";
import { cellKey, type SheetView } from "./sheet-view";

/** A header row (or pair of rows) read against one layout. 0-based rows and columns. */
export interface HeaderMatch {
  top: number;
  /** Last header row (top, or top + 1 for a two-row header). */
  bottom: number;
  columns: Array<{ c: number; field: string; header: string }>;
  extra: Array<{ c: number; header: string }>;
  missingRequired: string[];
  missingOptional: string[];
  /** 0..1 from the columns alone (title and info are weighed by the caller). */
  score: number;
}

interface Candidate {
  c: number;
  hit: FieldHit;
  header: string;
}

/** Header text shown for a column: both rows of a two-row header joined by `/`. */
function shownHeader(top: string, bottom: string): string {
  if (top && bottom && top !== bottom) return `${top}/${bottom}`;
  return top || bottom;
}

/**
 * Reads row `top` (and `top + 1` when `twoRows`) as a header of `layout`: which column holds
 * which field, best matches first, each field and column used once.
 */
export function matchHeader(view: SheetView, layout: Layout, top: number, twoRows: boolean): HeaderMatch {
  const index = headerIndex(layout);
  const keys = view.keys[top] ?? [];
  const texts = view.texts[top] ?? [];
  const lowKeys = twoRows ? (view.keys[top + 1] ?? []) : [];
  const lowTexts = twoRows ? (view.texts[top + 1] ?? []) : [];
  const width = Math.max(keys.length, lowKeys.length);
  const candidates: Candidate[] = [];
  const headers: string[] = [];
  let group: string | undefined;
  for (let c = 0; c < width; c++) {
    const key = keys[c] ?? "";
    const low = lowKeys[c] ?? "";
    // A group's parent spans its sub-headers: by a merge, or (in CSV) by blank cells to its right.
    if (key !== "") group = index.groups.get(key);
    else if (!view.covered.has(cellKey(top, c)) && low === "") group = undefined;
    headers.push(shownHeader(texts[c] ?? "", lowTexts[c] ?? ""));
    const hits = columnHits(index, key, twoRows ? low : "", twoRows ? group : undefined);
    for (const hit of hits) candidates.push({ c, hit, header: headers[c] });
  }
  candidates.sort((a, b) => a.hit.quality - b.hit.quality || a.c - b.c);
  const taken = new Map<string, Candidate>();
  const usedColumns = new Set<number>();
  for (const cand of candidates) {
    if (taken.has(cand.hit.field) || usedColumns.has(cand.c)) continue;
    taken.set(cand.hit.field, cand);
    usedColumns.add(cand.c);
  }
  const columns = [...taken.values()].map((t) => ({ c: t.c, field: t.hit.field, header: t.header }));
  if (twoRows) columns.push(...splitColumns(view, index, top, taken, usedColumns, headers));
  columns.sort((a, b) => a.c - b.c);
  const extra: HeaderMatch["extra"] = [];
  for (let c = 0; c < width; c++) if (!usedColumns.has(c) && headers[c] !== "") extra.push({ c, header: headers[c] });
  const missingRequired = index.requiredColumns.filter((f) => !taken.has(f));
  const missingOptional = index.optionalColumns.filter((f) => !taken.has(f));
  const levels = layout.indicators;
  if (levels && !taken.has(levels.levelField) && !levels.levels.every((l) => taken.has(l.field))) {
    missingRequired.push(levels.levelField);
  }
  return { top, bottom: twoRows ? top + 1 : top, columns, extra, missingRequired, missingOptional, score: score(index, taken.size, missingRequired.length, extra.length) };
}

/**
 * The sub-columns of a field split under a second header row (`联系电话` merged over `手机 | 座机`):
 * the columns its top cell's merge spans whose sub-header is one of the field's `subColumns`. They
 * are the field too; each is marked used.
 */
function splitColumns(view: SheetView, index: HeaderIndex, top: number, taken: ReadonlyMap<string, Candidate>, used: Set<number>, headers: readonly string[]): HeaderMatch["columns"] {
  const out: HeaderMatch["columns"] = [];
  for (const [field, cand] of taken) {
    const subs = index.splits.get(field);
    if (!subs) continue;
    const merge = view.covered.get(cellKey(top, cand.c + 1));
    if (!merge || merge.top !== top || merge.left !== cand.c || merge.bottom !== top) continue;
    const lowKeys = view.keys[top + 1] ?? [];
    if (!subs.has(lowKeys[cand.c] ?? "")) continue;
    for (let c = cand.c + 1; c <= merge.right; c++) {
      if (used.has(c) || !subs.has(lowKeys[c] ?? "")) continue;
      used.add(c);
      out.push({ c, field, header: `${view.texts[top]?.[cand.c] ?? ""}/${view.texts[top + 1]?.[c] ?? ""}` || headers[c] });
    }
  }
  return out;
}

function columnHits(index: HeaderIndex, key: string, low: string, group: string | undefined): FieldHit[] {
  if (group !== undefined && low !== "") {
    const sub = index.subs.get(group)?.get(low);
    if (sub) return [sub];
  }
  const hits: FieldHit[] = [];
  const top = lookupHeader(index, key);
  if (top) hits.push(...top);
  if (low !== "") {
    const below = lookupHeader(index, low);
    if (below) hits.push(...below.map((h) => ({ field: h.field, quality: h.quality + 1 })));
    const joined = lookupHeader(index, key + low);
    if (joined) hits.push(...joined);
  }
  return hits;
}

function score(index: HeaderIndex, matched: number, missingRequired: number, extra: number): number {
  const required = index.requiredColumns.length + (missingRequired > index.requiredColumns.length ? 1 : 0);
  const requiredShare = required === 0 ? 1 : (required - missingRequired) / required;
  const all = index.requiredColumns.length + index.optionalColumns.length;
  const share = all === 0 ? 0 : Math.min(1, matched / all);
  // Extra columns a school added cost little; a header of mostly unknown columns costs more.
  const extraCost = Math.min(0.15, extra * 0.02);
  return Math.max(0, Math.min(1, 0.75 * requiredShare + 0.25 * share - extraCost));
}

/** How many cells of row `r` read as header text of this layout (any field, group or sub-header). */
export function headerLikeCells(view: SheetView, layout: Layout, r: number): { hits: number; other: number } {
  const index = headerIndex(layout);
  let hits = 0;
  let other = 0;
  for (const key of view.keys[r] ?? []) {
    if (key === "") continue;
    let known = lookupHeader(index, key) !== undefined || index.groups.has(key) || index.splitKeys.has(key);
    if (!known) for (const subs of index.subs.values()) if (subs.has(key)) known = true;
    if (known) hits++;
    else other++;
  }
  return { hits, other };
}
