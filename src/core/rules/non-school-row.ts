/**
 * Rows under a header that are not schools (docs/DOMAIN.md#rows-that-are-not-schools): the one place
 * that says which words mark them. Every reader of a table (the table reader, the roster) asks
 * `nonSchoolRow`; none keeps its own list.
 *
 * - **subtotal** — a cell that is a total line's label: `小计`, `合计`, `总计`, written alone, after a
 *   short name (`吴兴区小计`, `全区合计`), or followed by a colon or a count (`合计：`, `合计：3所`,
 *   `合计3个`). In any column: schools put it under 序号, 区县 or 学校名称. The sums beside it (often
 *   formulas) are not looked at.
 * - **example** — the template's example row: a cell opening with `示例` / `样例` / `范例` (`示例：`,
 *   `（示例）`), the row's first cell `例` / `例：` / `例如：`, or a template stand-in for a value
 *   anywhere in the row: `XX学校`, `××区`, `138XXXXXXXX`, `0572-XXXXXXX`.
 * - **instruction** — the template's filling instructions: a cell opening with `填写说明` /
 *   `填表说明` / `填报说明` (`说明：` as the row's first cell), or a row whose every filled cell is a
 *   hint to the person filling it (`（填写全称）`, `请填写手机号码`, `选填`) or wholly in brackets
 *   beside such hints (`（手机或座机）`).
 *
 * Texts are cells after `normalizeText` (NFKC, trimmed): full-width `Ｘ`, `：` arrive as `X`, `:`.
 */
export type NonSchoolReason = "subtotal" | "example" | "instruction";

/** Labels of a total line. `共计` is not one: `共计3个` is how a school writes a count. */
export const SUBTOTAL_WORDS = ["小计", "合计", "总计"] as const;
/** Words opening an example, in any cell. */
export const EXAMPLE_WORDS = ["示例", "样例", "范例", "填写示例", "填表示例", "举例"] as const;
/** Words opening an example when they open the row (elsewhere `例如` may begin a school's remark). */
export const EXAMPLE_ROW_WORDS = ["例", "例如"] as const;
/** Words opening the template's instructions, in any cell. */
export const INSTRUCTION_WORDS = ["填写说明", "填表说明", "填报说明", "填写要求", "填报要求"] as const;
/** Words opening the instructions when they open the row (`说明：` under a 备注 column is a remark). */
export const INSTRUCTION_ROW_WORDS = ["说明"] as const;

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

// A name of up to 12 CJK characters may stand before the label (`吴兴区小计`); after it, nothing, a colon and anything, or a count.
const SUBTOTAL = new RegExp(`^[(]?[\\u3400-\\u9fff]{0,12}[(]?(?:${alternatives(SUBTOTAL_WORDS)})[)]?(?:[:：].*|\\d+(?:\\.\\d+)?\\D{0,3})?$`, "u");
const EXAMPLE = new RegExp(`^[(\\[【]?(?:${alternatives(EXAMPLE_WORDS)})`, "u");
const EXAMPLE_FIRST = new RegExp(`^[(\\[【]?(?:${alternatives(EXAMPLE_ROW_WORDS)})(?:[)\\]】]|[:：]|$)`, "u");
const INSTRUCTION = new RegExp(`^[(\\[【]?(?:${alternatives(INSTRUCTION_WORDS)})`, "u");
const INSTRUCTION_FIRST = new RegExp(`^[(\\[【]?(?:${alternatives(INSTRUCTION_ROW_WORDS)})(?:[)\\]】]|[:：\\d]|$)`, "u");
/** A run of stand-in letters before a CJK character (`XX学校`, `××区`, `xx市`), or a number masked by them. */
const STAND_IN_NAME = /(?:[Xx×]{2,}|○{2,})[\u3400-\u9fff]/u;
const STAND_IN_NUMBER = /^[\d()+-]{0,6}[Xx×*]{4,}\d{0,4}$/u;
/** A hint to the person filling the template: `（填写全称）`, `请填写…`, `选填`, `必填`. */
const HINT = /^[(]?(?:请|须|需|务必)?(?:填写|填报|填入|选填|必填|可不填|如实填写|按.{1,12}填写?|从下拉|下拉选择)/u;
const BRACKETED_HINT = /^[(][^()]*(?:填|选)[^()]*[)]$/u;
/** A cell wholly in brackets (`（手机或座机）`): a hint when the rest of the row is hints. */
const BRACKETED = /^[(][^()]*[)]$/u;

/** First characters a hint can open with (after an opening bracket); other cells skip the hint patterns. */
const HINT_START = new Set([..."请须需务填选必可如按从下"]);
const STAND_IN_CHAR = /[Xx×○*]/u;

/**
 * Why a row of normalised cell texts is not a school, or `undefined` when it may be one. With
 * `columns`, only those cells are looked at. Numbers (a formula's cached sum) never mark a row.
 * This runs on every data row: each pattern is tried only on a cell holding its key character.
 */
export function nonSchoolRow(texts: readonly string[], columns?: readonly number[]): NonSchoolReason | undefined {
  const n = columns ? columns.length : texts.length;
  let first = true;
  let filled = 0;
  let hints = 0;
  let bracketed = 0;
  let example = false;
  for (let i = 0; i < n; i++) {
    const raw = (columns ? texts[columns[i]] : texts[i]) ?? "";
    if (raw === "") continue;
    filled++;
    const wasFirst = first;
    first = false;
    // The usual cell holds digits only (a count, a phone, a formula's result): it marks nothing.
    const code = raw.charCodeAt(0);
    if (code >= 48 && code <= 57 && DIGITS.test(raw)) continue;
    const t = /\s/u.test(raw) ? raw.replace(/\s+/gu, "") : raw;
    if (t.includes("计") && SUBTOTAL.test(t)) return "subtotal";
    if ((t.includes("说明") || t.includes("要求")) && (INSTRUCTION.test(t) || (wasFirst && INSTRUCTION_FIRST.test(t)))) return "instruction";
    if (!example && t.includes("例") && (EXAMPLE.test(t) || (wasFirst && EXAMPLE_FIRST.test(t)))) example = true;
    if (!example && STAND_IN_CHAR.test(t) && (STAND_IN_NAME.test(t) || STAND_IN_NUMBER.test(t))) example = true;
    if (HINT_START.has(t[0] === "(" ? t[1] : t[0]) && (HINT.test(t) || BRACKETED_HINT.test(t))) hints++;
    else if (t[0] === "(" && BRACKETED.test(t)) bracketed++;
  }
  if (example) return "example";
  if (hints > 0 && hints + bracketed === filled) return "instruction";
  return undefined;
}

const DIGITS = /^[\d.,:\s-]+$/u;
