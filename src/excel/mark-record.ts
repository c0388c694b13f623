/**
 * What marking changed on a sheet, kept inside the workbook (a custom XML part) so that clearing
 * restores it even after the pane was closed or the file reopened.
 */

import { escapeXml, unescapeXml } from "./xml-text";

/** A cell's fill as `getCellProperties` reports it. */
export interface FillState {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface MarkedCell {
  /** 0-based row and column on the sheet. */
  row: number;
  column: number;
  /**
   * The fill before marking; null when the cell had none; absent when marking left the fill as it
   * was (a gradient, which Office.js can read but not write back: see `canRestoreFill`).
   */
  fill?: FillState | null;
  /** Text of the note this add-in put on the cell (absent when it put none). */
  note?: string;
  /** Text and id of the comment this add-in put on the cell, where notes are missing. */
  comment?: string;
  commentId?: string;
}

export interface MarkRecord {
  /** Worksheet id: stable when the sheet is renamed. */
  sheetId: string;
  cells: MarkedCell[];
}

/**
 * Patterns `getCellProperties` reports that cannot be written back: `RangeFill.pattern` says
 * "LinearGradient and RectangularGradient are not supported", and writing one rejects the batch.
 */
const UNSETTABLE_PATTERNS: ReadonlySet<string> = new Set(["LinearGradient", "RectangularGradient"]);

/** Whether a fill read from a cell can be put back exactly (no fill, a solid colour or a pattern). */
export function canRestoreFill(fill: FillState | null): boolean {
  return fill === null || !UNSETTABLE_PATTERNS.has(fill.pattern);
}

/** Namespace of the parts; one part per sheet (or several for a very large marking). */
export const MARK_NAMESPACE = "urn:smartcampus-rollup:marks:1";

/** Cells per part, so one part's XML stays far under the payload budget. */
export const CELLS_PER_PART = 5000;

/** The record as XML parts (JSON in one element), `CELLS_PER_PART` cells each. */
export function recordToXml(record: MarkRecord): string[] {
  const parts: string[] = [];
  for (let i = 0; i < Math.max(1, record.cells.length); i += CELLS_PER_PART) {
    const cells = record.cells.slice(i, i + CELLS_PER_PART);
    parts.push(`<marks xmlns="${MARK_NAMESPACE}" sheet="${escapeXml(record.sheetId)}">${escapeXml(JSON.stringify(cells))}</marks>`);
  }
  return parts;
}

/** One part's XML → the sheet id and its cells; undefined for XML this add-in did not write. */
export function xmlToRecord(xml: string): MarkRecord | undefined {
  const m = /<marks\b[^>]*\bsheet="([^"]*)"[^>]*>([\s\S]*?)<\/marks>/.exec(xml);
  if (!m) return undefined;
  try {
    const cells = JSON.parse(unescapeXml(m[2])) as MarkedCell[];
    return Array.isArray(cells) ? { sheetId: unescapeXml(m[1]), cells } : undefined;
  } catch {
    return undefined;
  }
}
