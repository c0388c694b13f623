import type { Level } from "../../src/core/rules/indicator-grade";

export type Cell = string | number | boolean | null;

/** A 70×4 block as a school fills the A–D columns: one mark per row, blanks as Excel passes them (""). */
export function tickBlock(levels: readonly Level[], mark: Cell = "√"): Cell[][] {
  return levels.map((level) => ["A", "B", "C", "D"].map((column) => (column === level ? mark : "")));
}

/** A 70×1 column of letters. */
export function letterColumn(levels: readonly Level[]): Cell[][] {
  return levels.map((level) => [level]);
}

/** 70 levels: `a` at A, `b` at B, `c` at C, the rest D, in an interleaved order as real sheets are. */
export function levelsOf(a: number, b: number, c: number): Level[] {
  const levels: Level[] = [...Array(a).fill("A"), ...Array(b).fill("B"), ...Array(c).fill("C"), ...Array(70 - a - b - c).fill("D")];
  // Interleave deterministically so that equal levels are not all adjacent.
  return levels.map((_, i) => levels[(i * 37) % 70]);
}
