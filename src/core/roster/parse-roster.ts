import type { Layout } from "../layout/schema";
import type { Catalog } from "../layouts/catalog";
import type { CellValue, Grid } from "../model/grid";
import { sourceRow } from "../model/grid";
import { nonDataKind } from "../normalize/row-kind";
import { normalizeText } from "../normalize/text";
import { schoolName } from "../normalize/school-name";
import { nonSchoolRow } from "../rules/non-school-row";
import { nameKey } from "./name-key";
import type { RosterEntry } from "./roster-entry";

/**
 * Headers of a roster's name column: the field each layout names its school by (`school.field`:
 * 学校名称, 单位, 试点单位), then those fields' aliases, so a previous roll-up of any layout serves.
 */
function nameHeaders(layouts: readonly Layout[]): string[] {
  const fields = layouts.flatMap((l) => l.fields.filter((f) => f.name === l.school?.field));
  return [...new Set([...fields.map((f) => f.name), ...fields.flatMap((f) => f.aliases)].map((h) => text(h)))];
}

/** Header texts (after NFKC and space removal) of the roster's columns. The first is the usual one. */
const DISTRICT_HEADERS = ["区县", "区(县、市)", "区县(市)", "县(市、区)", "县市区", "所属区县", "区县名称"];
const TYPE_HEADERS = ["学校类型"];

/** How far down a title block may push the header (a previous roll-up has a title and an info line). */
const HEADER_SEARCH_ROWS = 30;

function text(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).normalize("NFKC").replace(/\s+/gu, "");
}

function findColumn(row: CellValue[], headers: string[]): number {
  for (const header of headers) {
    const c = row.findIndex((cell) => text(cell) === header);
    if (c >= 0) return c;
  }
  return -1;
}

/**
 * Rows that hold no entry: a placeholder or note in the name cell, or a row that is not a school
 * (a 合计 line, the template's 示例 row, its 填写说明), by the same rules as a submission's rows.
 */
function isNotEntry(name: string, row: readonly CellValue[]): boolean {
  return nonDataKind([name]) !== undefined || nonSchoolRow(row.map((c) => normalizeText(c))) !== undefined;
}

/** `rows` with vertically merged cells filled down from their top-left cell. */
function filledDown(grid: Grid): CellValue[][] {
  const rows = grid.rows.map((row) => [...row]);
  for (const m of grid.merges) {
    const top = rows[m.top]?.[m.left] ?? null;
    for (let r = m.top + 1; r <= m.bottom && r < rows.length; r++) {
      if (rows[r][m.left] === null || rows[r][m.left] === undefined || rows[r][m.left] === "") rows[r][m.left] = top;
    }
  }
  return rows;
}

/**
 * Reads a roster from any sheet or CSV with a `学校名称` column (optionally `区县`, `学校类型`), its header
 * found below any title rows; a previous roll-up serves. A sheet with a `区县` column and no school
 * column lists districts. Returns undefined when the sheet has neither.
 * Entries are unique by name after normalisation; the first row of a name wins.
 */
export function parseRoster(grid: Grid, catalog: Catalog, path?: string): RosterEntry[] | undefined {
  const rows = filledDown(grid);
  const nameHeaderTexts = nameHeaders(catalog.layouts);
  for (let h = 0; h < Math.min(rows.length, HEADER_SEARCH_ROWS); h++) {
    const header = rows[h] ?? [];
    const nameCol = findColumn(header, nameHeaderTexts);
    const districtCol = findColumn(header, DISTRICT_HEADERS);
    if (nameCol < 0 && districtCol < 0) continue;
    const typeCol = findColumn(header, TYPE_HEADERS);
    const kind: RosterEntry["kind"] = nameCol >= 0 ? "school" : "district";
    const keyCol = nameCol >= 0 ? nameCol : districtCol;
    const seen = new Set<string>();
    const entries: RosterEntry[] = [];
    for (let r = h + 1; r < rows.length; r++) {
      const row = rows[r] ?? [];
      const written = String(row[keyCol] ?? "").normalize("NFKC").trim().replace(/\s+/gu, " ");
      // A school is listed as it is written minus a trailing （盖章） or 。, as in 汇总 (one normaliser).
      const name = kind === "school" ? schoolName(written) : written;
      if (name === "" || isNotEntry(name, row) || text(row[keyCol]) === text(header[keyCol])) continue;
      const key = nameKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry: RosterEntry = { name, kind, sheet: grid.name, row: sourceRow(grid, r) };
      if (path !== undefined) entry.path = path;
      const district = districtCol >= 0 ? text(row[districtCol]) : "";
      if (kind === "school" && district !== "") entry.district = district;
      if (kind === "district") entry.district = name;
      const type = typeCol >= 0 ? text(row[typeCol]) : "";
      if (type !== "") entry.schoolType = type;
      entries.push(entry);
    }
    return entries;
  }
  return undefined;
}
