import type { CellArea, CellValue, Grid } from "../../core/model/grid";

/** A sheet's grid with what was cut from it. */
export interface SheetGrid {
  grid: Grid;
  /** The sheet had data `maxRows` or more rows below its first row holding data; those rows were dropped. */
  rowsTruncated: boolean;
  /** Cells further than `maxColumns` from the first column were dropped. */
  columnsTruncated: boolean;
}

/** A merged range at absolute 0-based positions, as SheetJS gives `!merges`. */
export interface AbsoluteRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** A cell that holds something (it counts for the bounds) whose value is nothing: a NaN number, an invalid date. */
const FILLED_NULL = Symbol("filled-null");
/** A cell that counts as empty for the bounds but still has a value inside them (an error or boolean cell without `<v>`). */
class Unfilled {
  constructor(readonly value: CellValue) {}
}
type Entry = CellValue | typeof FILLED_NULL | Unfilled | undefined;

const counts = (e: Entry): boolean => e !== undefined && e !== null && !(e instanceof Unfilled);

/**
 * A sheet's cells → Grid, cell by cell in any order, built from the cells present, never from a
 * declared range: a sheet whose range is `A1:XFD1048576` but holds three cells gives a three-cell
 * grid. The grid starts at the first row and column holding a value (`origin`); trailing empty
 * cells of a row are left off (rows are ragged). At most `maxRows` rows are kept, counted from
 * the first row holding data — rows past that are dropped as they arrive, so a huge sheet does not
 * cost its size — and at most `maxColumns` columns from the first column holding data.
 *
 * Each cell comes with its value (`cellValue`) and whether it holds something (`filled`): the
 * bounds follow what cells hold, the values what they show (an error cell without a value holds
 * nothing but shows `#VALUE!` when it lies inside the bounds). Both readers of a worksheet (SheetJS's
 * dense sheet, the values-only .xlsx reader) build their grids here, so the rules exist once.
 */
export class GridBuilder {
  private readonly rows: Array<Entry[] | undefined> = [];
  /** Per row: first and last column holding something; -1 while none. */
  private readonly firstFilled: number[] = [];
  private readonly lastFilled: number[] = [];
  private top = Infinity;
  private rowsTruncated = false;

  constructor(
    private readonly maxRows: number,
    private readonly maxColumns: number,
  ) {}

  /** Cell at absolute 0-based (row, column). A later cell at the same place replaces it. */
  cell(row: number, column: number, value: CellValue, filled: boolean): void {
    if (!filled && value === null) {
      const cells = this.rows[row];
      if (cells && cells[column] !== undefined) this.replace(row, column, undefined);
      return;
    }
    if (this.top !== Infinity && row >= this.top + this.maxRows) {
      if (filled) this.rowsTruncated = true;
      return;
    }
    const entry: Entry = filled ? (value === null ? FILLED_NULL : value) : new Unfilled(value);
    let cells = this.rows[row];
    if (!cells) {
      cells = [];
      this.rows[row] = cells;
      this.firstFilled[row] = -1;
      this.lastFilled[row] = -1;
    }
    if (counts(cells[column]) && !filled) {
      this.replace(row, column, entry);
      return;
    }
    cells[column] = entry;
    if (filled) {
      if (this.firstFilled[row] < 0 || column < this.firstFilled[row]) this.firstFilled[row] = column;
      if (column > this.lastFilled[row]) this.lastFilled[row] = column;
      if (row < this.top) this.top = row;
    }
  }

  /**
   * A filled cell overwritten by one that is not (two cells with one reference, rare): the row's
   * bounds are taken again. The running `top` is not raised, so rows already dropped past the cap
   * stay dropped; `finish` takes the bounds from the rows kept.
   */
  private replace(row: number, column: number, entry: Entry): void {
    const cells = this.rows[row] as Entry[];
    cells[column] = entry;
    let first = -1;
    let last = -1;
    cells.forEach((e, c) => {
      if (!counts(e)) return;
      if (first < 0) first = c;
      last = c;
    });
    this.firstFilled[row] = first;
    this.lastFilled[row] = last;
  }

  /** The grid, with the merged ranges that start inside it (cut at its bottom and right edge). */
  finish(name: string, hidden: boolean, absoluteMerges: readonly AbsoluteRange[] = []): SheetGrid {
    const { rows, maxRows, maxColumns } = this;
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let rowsTruncated = this.rowsTruncated;
    rows.forEach((cells, r) => {
      if (!cells) return;
      if (top !== Infinity && r >= top + maxRows) {
        if (!rowsTruncated && this.lastFilled[r] >= 0) rowsTruncated = true;
        return;
      }
      const first = this.firstFilled[r];
      if (first < 0) return;
      if (r < top) top = r;
      bottom = r;
      if (first < left) left = first;
    });
    if (bottom < 0) return { grid: { name, hidden, rows: [], merges: [], origin: { row: 0, column: 0 } }, rowsTruncated, columnsTruncated: false };

    let columnsTruncated = false;
    const out: CellValue[][] = new Array(bottom - top + 1);
    let right = left;
    for (let r = top; r <= bottom; r++) {
      const cells = rows[r];
      const last = this.lastFilled[r];
      if (!cells || last === undefined || last < 0) {
        out[r - top] = [];
        continue;
      }
      let end = last;
      if (end - left >= maxColumns) {
        columnsTruncated = true;
        end = left + maxColumns - 1;
        while (end >= left && !counts(cells[end])) end--;
      }
      const row: CellValue[] = new Array(end - left + 1);
      for (let c = left; c <= end; c++) row[c - left] = valueOf(cells[c]);
      out[r - top] = row;
      if (end > right) right = end;
    }

    const merges: CellArea[] = [];
    for (const m of absoluteMerges) {
      if (m.s.r < top || m.s.r > bottom || m.s.c < left || m.s.c > right) continue;
      merges.push({
        top: m.s.r - top,
        left: m.s.c - left,
        bottom: Math.min(m.e.r, bottom) - top,
        right: Math.min(m.e.c, right) - left,
      });
    }
    return { grid: { name, hidden, rows: out, merges, origin: { row: top, column: left } }, rowsTruncated, columnsTruncated };
  }
}

function valueOf(entry: Entry): CellValue {
  if (entry === undefined || entry === FILLED_NULL) return null;
  if (entry instanceof Unfilled) return entry.value;
  return entry;
}
