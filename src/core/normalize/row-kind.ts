import type { SkippedRow } from "../model/record";
import { nonSchoolRow } from "../rules/non-school-row";

// After NFKC, `…` is `...`; a placeholder row holds only dots, dashes and the like.
const PLACEHOLDER = /^[.。·•…\-—–_~～/\\]+$/;
// A note row starts with 注/备注/附注 followed by a colon or a number (`注：…`, `注1.`). Total lines,
// example rows and filling instructions are the rules' `nonSchoolRow`.
const NOTE = /^(注|备注|附注|备注说明)\s*[:：\d.、]|^注\s/;

/**
 * What a row of already-normalised texts is when it is not data: blank, a placeholder (`…`, `……`),
 * a note (`注：…`), or a row that is not a school (a 合计 line, the template's 示例 row, its 填写说明:
 * `subtotal`, `example`, `instruction`). `undefined` for a row that may be data. With `columns`,
 * only those cells are looked at, in that order.
 */
export function nonDataKind(texts: readonly string[], columns?: readonly number[]): SkippedRow["reason"] | undefined {
  let first: string | undefined;
  let allPlaceholder = true;
  let filled = 0;
  const n = columns ? columns.length : texts.length;
  for (let i = 0; i < n; i++) {
    const t = (columns ? texts[columns[i]] : texts[i]) ?? "";
    if (t === "") continue;
    filled++;
    if (first === undefined) first = t;
    if (allPlaceholder && !PLACEHOLDER.test(t)) allPlaceholder = false;
  }
  if (filled === 0) return "blank";
  if (allPlaceholder) return "placeholder";
  if (first !== undefined && NOTE.test(first)) return "note";
  return nonSchoolRow(texts, columns);
}
