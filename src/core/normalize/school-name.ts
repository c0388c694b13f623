/**
 * The one normaliser of a school's name as the roll-up shows and compares it (docs/DOMAIN.md#school-names: a name
 * ending in `（盖章）` or `。` is the same school without it): a trailing `（盖章）` / `(盖章)` /
 * `（公章）` and a trailing `。` / `.` dropped, in any order and repeated (`某校（盖章）。`). The rest
 * stays as the school wrote it. Input is NFKC text (full-width brackets arrive as `(` `)`).
 */
const TRAILING_MARKS = /(?:\s*(?:\(\s*(?:盖章|公章|盖公章)\s*\)|[。.]))+\s*$/u;

export function schoolName(name: string): string {
  return name.replace(TRAILING_MARKS, "");
}
