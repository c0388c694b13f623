import { RuleArgumentError } from "./rule-argument-error";
import { ruleKey, ruleText } from "./rule-text";

export type StageCode = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Stage {
  code: StageCode;
  /** The notice's own wording (seed 000, 附件2 注). */
  text: string;
  /** Short forms staff write instead, each meaning "this stage is the last one reached". */
  synonyms: string[];
}

/**
 * The seven progress stages of 湖州 `月度工作进展情况`. Synonyms follow the notice's steps
 * (申报 → 采购 → 施工 → 验收 → 结算): an activity under way means the stage before it is the last
 * one completed (`采购中` → 2, `施工中` → 4, `验收中` → 5, `结算中` → 6).
 */
export const STAGES: readonly Stage[] = [
  { code: 1, text: "策划方案", synonyms: ["策划", "方案策划", "策划中", "方案策划中", "方案制定中", "方案编制中"] },
  { code: 2, text: "方案完成，准备采购", synonyms: ["方案完成", "准备采购", "待采购", "采购中"] },
  { code: 3, text: "采购完成，准备建设", synonyms: ["采购完成", "准备建设", "待建设", "准备施工", "待施工"] },
  { code: 4, text: "建设中", synonyms: ["施工中", "在建", "正在建设", "建设"] },
  { code: 5, text: "建设完成，准备验收", synonyms: ["建设完成", "准备验收", "待验收", "施工完成", "验收中", "已建成"] },
  { code: 6, text: "验收完成，准备结算", synonyms: ["验收完成", "准备结算", "待结算", "已验收", "验收通过", "结算中"] },
  { code: 7, text: "完成结算，投入使用", synonyms: ["完成结算", "投入使用", "结算完成", "已结算", "已投入使用"] },
];

/** How a stage cell was read: its code, and whether the text had to be rewritten to get it. */
export interface StageReading {
  code: StageCode;
  /** `false` when the cell already held the code (4, "4", "４"); `true` for text (`建设中` → 4). */
  normalized: boolean;
}

/** Punctuation that may differ between the notice's wording and what staff type. */
const PUNCTUATION = /[,，、.。;；:：·()（）]/g;

const BY_WORDING = new Map<string, StageCode>();
for (const stage of STAGES) {
  for (const wording of [stage.text, ...stage.synonyms]) BY_WORDING.set(wordingKey(wording), stage.code);
}

function wordingKey(text: string): string {
  return ruleKey(text).replace(PUNCTUATION, "");
}

/**
 * A stage's number with words around it: `第4阶段`, `4阶段`, `第四阶段`, `阶段4`, `阶段四`, `第4步`,
 * optionally followed by the stage's text (`第4阶段：建设中`, which must agree). A number outside
 * 1–7 (`第8阶段`) is read as that number and refused (`invalid-choice`).
 */
const STAGE_WORDS = /^(?:第\s*)?(\d+|[一二三四五六七八九十])\s*(?:阶段|步)\s*[.、,:：(]?\s*(.*?)\)?$|^阶段\s*(\d+|[一二三四五六七八九十])\s*[.、,:：(]?\s*(.*?)\)?$/u;
const NUMERALS = "一二三四五六七八九十";

function stageNumber(text: string): number {
  const k = NUMERALS.indexOf(text);
  return k >= 0 ? k + 1 : Number(text);
}

function isStageCode(n: number): n is StageCode {
  return Number.isInteger(n) && n >= 1 && n <= 7;
}

/**
 * Reads a stage cell: the code as a number or text (full-width too), the stage's text or a short
 * form, or the notice's list form `4.建设中` / `4、建设中` (code and text must agree).
 * Returns `undefined` for anything else (blank included): the caller raises `invalid-choice`.
 */
export function stageCode(value: unknown): StageReading | undefined {
  if (typeof value === "number") return isStageCode(value) ? { code: value, normalized: false } : undefined;
  const text = ruleText(value);
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return isStageCode(n) ? { code: n, normalized: false } : undefined;
  }
  if (text.length === 1 && NUMERALS.includes(text)) {
    const n = stageNumber(text);
    return isStageCode(n) ? { code: n, normalized: true } : undefined;
  }
  const worded = STAGE_WORDS.exec(text);
  if (worded) {
    const n = stageNumber(worded[1] ?? worded[3]);
    const rest = (worded[1] !== undefined ? worded[2] : worded[4]) ?? "";
    if (!isStageCode(n)) return undefined;
    return rest === "" || BY_WORDING.get(wordingKey(rest)) === n ? { code: n, normalized: true } : undefined;
  }
  const listed = /^([1-7])\s*[.、,:：)]?\s*(\D.*)$/.exec(text);
  if (listed) {
    const code = Number(listed[1]) as StageCode;
    return BY_WORDING.get(wordingKey(listed[2])) === code ? { code, normalized: true } : undefined;
  }
  const code = BY_WORDING.get(wordingKey(text));
  return code === undefined ? undefined : { code, normalized: true };
}

/** The notice's text of a stage code (a number or its text). Throws `RuleArgumentError` otherwise. */
export function stageText(value: unknown): string {
  const text = ruleText(value);
  if (text === "") throw new RuleArgumentError("code", "blank");
  const n = typeof value === "number" ? value : /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(n)) throw new RuleArgumentError("code", "not-a-number", { value: text });
  if (!isStageCode(n)) throw new RuleArgumentError("code", "unknown-code", { value: text, expected: "1–7" });
  return STAGES[n - 1].text;
}
