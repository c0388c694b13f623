import type { Layout } from "../layout/schema";
import { sourceColumn, sourceRow } from "../model/grid";
import { readAboveHeader } from "./above-header";
import { headerIndex, lookupHeader, type HeaderIndex } from "./header-index";
import { isInfoLine } from "./info-line";
import { headerLikeCells, matchHeader, type HeaderMatch } from "./match-header";
import type { Recognition } from "./recognition";
import type { SheetView } from "./sheet-view";
import { titleNamesLayout } from "./title";

/** Smallest share of a layout's required columns a header must show to be accepted unforced. */
export const REQUIRED_SHARE = 0.6;

/**
 * The best header of `layout` in the first rows: one-row or two-row, tried at every row. A row
 * naming none of the layout's headers is passed over unread (it could match no column, and a
 * two-row header is only tried below a row matching two); the scan stops at a perfect score,
 * which no later row could beat.
 */
export function bestHeader(view: SheetView, layout: Layout): HeaderMatch | undefined {
  const index = headerIndex(layout);
  let best: HeaderMatch | undefined;
  for (let r = 0; r < view.height && !(best && best.score >= 1); r++) {
    if (!namesAHeader(index, view.keys[r] ?? [])) continue;
    // An info line (`区县：… 联系人：…`) is never a header row, though its labels are header words.
    if (isInfoLine(view.texts[r] ?? [], layout.info)) continue;
    let match = matchHeader(view, layout, r, false);
    // A second header row holds sub-headers (姓名 | 职务 …, 完全实现 …), not data; the first must
    // read as a header on its own too, so a title above a header is not taken for a parent row.
    if (r + 1 < view.height && match.columns.length >= 2) {
      const below = headerLikeCells(view, layout, r + 1);
      if (below.hits >= 1 && below.other <= below.hits) {
        const two = matchHeader(view, layout, r, true);
        if (two.score >= match.score) match = two;
      }
    }
    if (match.columns.length > 0 && (!best || match.score > best.score)) best = match;
  }
  return best;
}

/** Some cell of the row is a header text of the layout (what `matchHeader` would give a column). */
function namesAHeader(index: HeaderIndex, keys: readonly string[]): boolean {
  for (const key of keys) if (key !== "" && lookupHeader(index, key) !== undefined) return true;
  return false;
}

/**
 * Recognises a sheet laid out as a table under a header (list, sectioned list, indicator matrix,
 * reference table). Declines (`undefined`) when no row reads as this layout's header, unless forced.
 */
export function recognizeByHeader(view: SheetView, layout: Layout, forced: boolean): Recognition | undefined {
  const header = bestHeader(view, layout);
  if (!header) return undefined;
  const requiredTotal = requiredColumnCount(layout);
  const share = requiredTotal === 0 ? 1 : (requiredTotal - header.missingRequired.length) / requiredTotal;
  const accepted = share >= REQUIRED_SHARE && header.columns.length >= 2;
  if (!accepted && !forced) return { layout, detection: toDetection(view, layout, header, header.score), header, score: header.score, accepted: false };
  const above = readAboveHeader(view, layout, header.top);
  const titled = above.title !== undefined && titleNamesLayout(above.title, layout);
  const confidence = Math.min(1, header.score + (titled ? 0.05 : 0));
  const detection = toDetection(view, layout, header, confidence);
  detection.info = above.info;
  if (above.title !== undefined) detection.title = above.title;
  return { layout, detection, header, score: header.score, accepted };
}

/** Required columns of a layout; a matrix's level is one, read from tick columns or a letter column. */
function requiredColumnCount(layout: Layout): number {
  return headerIndex(layout).requiredColumns.length + (layout.indicators ? 1 : 0);
}

function toDetection(view: SheetView, layout: Layout, header: HeaderMatch, confidence: number): Recognition["detection"] {
  const grid = view.grid;
  const rows = [sourceRow(grid, header.top)];
  if (header.bottom !== header.top) rows.push(sourceRow(grid, header.bottom));
  return {
    layoutId: layout.id,
    headerRows: rows,
    columns: header.columns.map((c) => ({ column: sourceColumn(grid, c.c), field: c.field, header: c.header })),
    extraColumns: header.extra.map((e) => ({ column: sourceColumn(grid, e.c), header: e.header })),
    missingOptional: header.missingOptional,
    info: {},
    confidence: Math.round(confidence * 1000) / 1000,
  };
}
