import { ruleText } from "./rule-text";

/**
 * What a cell of a Taizhou tick column holds (docs/DOMAIN.md#indicator-levels-and-form-boxes, `taizhou-indicators`):
 * - `tick`: `√ ✓ ✔ ○ ● 是 1 x X` and their look-alikes (`✔️`, `〇`, `◯`, `☑`), the number 1, TRUE;
 * - `blank`: nothing, or an explicit "not this one" (`0`, `否`, `无`, `/`, `-`, `—`, FALSE);
 * - `other`: anything else, which the caller reports as `invalid-choice`.
 */
export type TickMark = "tick" | "blank" | "other";

const INDICATOR_TICKS = new Set(["√", "✓", "✔", "○", "●", "是", "1", "x", "X", "〇", "◯", "☑", "☒"]);
const INDICATOR_NOT_TICKED = new Set(["", "0", "否", "无", "/", "-", "—", "－", "不是"]);

/** Variation selectors (`✔️` = ✔ + U+FE0F) change how a mark looks, not what it is. */
function markText(value: unknown): string {
  return ruleText(value).replace(/[\uFE0E\uFE0F]/g, "");
}

export function tickMark(value: unknown): TickMark {
  if (value === null || value === undefined || value === false) return "blank";
  if (value === true) return "tick";
  if (typeof value === "number") return value === 1 ? "tick" : value === 0 ? "blank" : "other";
  if (typeof value !== "string") return "other";
  // Most cells hold a mark exactly as listed or nothing: answer those without normalising.
  if (INDICATOR_TICKS.has(value)) return "tick";
  if (value === "") return "blank";
  const known = READ_MARKS.get(value);
  if (known) return known;
  const text = markText(value);
  const mark: TickMark = INDICATOR_TICKS.has(text) ? "tick" : INDICATOR_NOT_TICKED.has(text) ? "blank" : "other";
  // A sheet repeats a handful of spellings (`√ `, `✔️`) thousands of times: remember them.
  if (READ_MARKS.size < READ_MARKS_LIMIT) READ_MARKS.set(value, mark);
  return mark;
}

const READ_MARKS = new Map<string, TickMark>();
const READ_MARKS_LIMIT = 1024;

export function isIndicatorTick(value: unknown): boolean {
  return tickMark(value) === "tick";
}

/** Zhangjiagang form boxes: ticked `☑ √ ■ ✓` and variants; unticked `□ ☐` and variants. */
const TICKED_BOXES = "☑☒✅■▣◼◾√✓✔";
const EMPTY_BOXES = "□☐▢◻◽";
const BOX_RUN = new RegExp(`[${TICKED_BOXES}${EMPTY_BOXES}]+`, "gu");

export interface BoxItem {
  name: string;
  ticked: boolean;
}

/**
 * Reads form text such as `☑智能环境 □智慧教学 ■三个课堂` into its items in order. A run of
 * box characters opens an item; the run counts as ticked when it holds any tick (`□√智慧教学`,
 * a tick typed after an empty box, is ticked). The name runs to the next box; separators and
 * spaces around it are dropped.
 */
export function readBoxStates(value: unknown): BoxItem[] {
  const text = markText(value);
  const items: BoxItem[] = [];
  const runs = [...text.matchAll(BOX_RUN)];
  runs.forEach((run, i) => {
    const start = (run.index ?? 0) + run[0].length;
    const end = i + 1 < runs.length ? (runs[i + 1].index ?? text.length) : text.length;
    const name = text.slice(start, end).replace(/^[\s,;、:：]+|[\s,;、:：]+$/g, "").replace(/\s+/g, "");
    if (name === "") return;
    const ticked = [...run[0]].some((mark) => TICKED_BOXES.includes(mark));
    items.push({ name, ticked });
  });
  return items;
}

/** The names of the ticked items of form text (`☑智能环境 □智慧教学` → `["智能环境"]`). */
export function readBoxes(value: unknown): string[] {
  return readBoxStates(value)
    .filter((item) => item.ticked)
    .map((item) => item.name);
}

/** The text holds at least one form box (ticked or not). */
export function hasBoxes(value: unknown): boolean {
  return readBoxStates(value).length > 0;
}
