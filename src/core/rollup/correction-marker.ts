import { baseName } from "./period";

/** Words a school puts in a file's name when it sends a corrected file again. */
const MARKERS = /(?:修改|修订|修正|更正|补报|重报)(?:版|稿)?\s*[（(]?\s*(\d{1,2})?/gu;
/** `v2`, `V3`, `_v2` — not inside a word (`dev2`). */
const VERSION = /(?<![a-z])v\s*(\d{1,2})(?!\d)/giu;

/**
 * How strongly a file's name says it corrects an earlier one: 0 for none; 1 for 修改, 修订, 修正,
 * 更正, 补报 or 重报 (`某校（修改）.xlsx`, `某校-补报.xls`); `v2` counts 1, `v3` 2 …; a number after a
 * marker counts likewise (`修改2` → 2). Two files of one school whose times do not tell them apart
 * are ordered by this; equal ranks leave both in the roll-up, flagged as duplicates.
 */
export function correctionRank(path: string): number {
  const name = baseName(path).normalize("NFKC").replace(/\.[^.]+$/u, "");
  let rank = 0;
  for (const m of name.matchAll(MARKERS)) rank = Math.max(rank, m[1] ? Number(m[1]) : 1);
  for (const m of name.matchAll(VERSION)) rank = Math.max(rank, Number(m[1]) - 1);
  return rank;
}
