import { RuleArgumentError } from "./rule-argument-error";
import { ruleCount } from "./rule-number";
import { ruleKey } from "./rule-text";
import { tickMark } from "./ticks";

/** Taizhou indicator levels, best first (A 完全实现 · B 多数实现 · C 少数实现 · D 未实现). */
export const LEVELS = ["A", "B", "C", "D"] as const;
export type Level = (typeof LEVELS)[number];

/** The words of the header's second row, one per level. */
export const LEVEL_WORDS: Record<Level, string> = { A: "完全实现", B: "多数实现", C: "少数实现", D: "未实现" };

/** Indicators in the Taizhou evaluation (seed 001). */
export const INDICATOR_COUNT = 70;
/** Indicators a grade needs at its level or above (the notice's note). */
export const GRADE_THRESHOLD = 60;

export type Grade = "标杆" | "良好" | "达标" | "未达标";
/** Grades best first, each with the level its indicators must reach. */
export const GRADE_LEVELS: ReadonlyArray<{ grade: Exclude<Grade, "未达标">; level: Level }> = [
  { grade: "标杆", level: "A" },
  { grade: "良好", level: "B" },
  { grade: "达标", level: "C" },
];

/** The city's targets for 2025: shares of schools at 达标 / 良好 or better, and a count of 标杆. */
export const CITY_TARGETS_2025 = {
  达标: { share: 0.9 },
  良好: { share: 0.6 },
  标杆: { schools: 50 },
} as const;

export type LevelCounts = Record<Level, number>;

export type IndicatorProblem = "missing" | "multiple" | "invalid";
export type IndicatorReading = { level: Level } | { problem: IndicatorProblem };

const LEVEL_BY_WORD = new Map<string, Level>();
for (const level of LEVELS) {
  for (const word of [level, `${level}级`, LEVEL_WORDS[level], `${level}级${LEVEL_WORDS[level]}`]) {
    LEVEL_BY_WORD.set(word, level);
  }
}

/**
 * One indicator's level, from its row: four tick cells (A, B, C, D columns) or one cell holding
 * the letter or word (`A`, `a`, `Ａ`, `A级`, `完全实现`). No mark: `missing`; several ticks or
 * letters (`A、B`): `multiple`; anything unreadable: `invalid`. Any other number of cells is a bad
 * argument (`RuleArgumentError`).
 */
export function indicatorLevel(cells: readonly unknown[]): IndicatorReading {
  if (cells.length === 4) return levelFromTicks(cells);
  if (cells.length === 1) return levelFromWord(cells[0]);
  throw new RuleArgumentError("cells", "bad-shape", { expected: "1 或 4 个单元格", rows: 1, columns: cells.length });
}

function levelFromTicks(cells: readonly unknown[]): IndicatorReading {
  let found: Level | undefined;
  let ticks = 0;
  for (let i = 0; i < 4; i++) {
    const mark = tickMark(cells[i]);
    if (mark === "other") return { problem: "invalid" };
    if (mark === "tick") {
      ticks++;
      found = LEVELS[i];
    }
  }
  if (ticks === 0) return { problem: "missing" };
  return ticks === 1 ? { level: found as Level } : { problem: "multiple" };
}

function levelFromWord(cell: unknown): IndicatorReading {
  // A letter exactly as listed needs no normalising.
  const direct = typeof cell === "string" ? LEVEL_BY_WORD.get(cell) : undefined;
  if (direct) return { level: direct };
  const key = ruleKey(cell).toUpperCase();
  if (key === "" || tickMark(cell) === "blank") return { problem: "missing" };
  const level = LEVEL_BY_WORD.get(key);
  if (level) return { level };
  const parts = key.split(/[,;、/|和及与]+/).filter((part) => part !== "");
  if (parts.length > 1 && parts.every((part) => LEVEL_BY_WORD.has(part))) return { problem: "multiple" };
  return { problem: "invalid" };
}

/** Reads a level argument (`B`, `b`, `Ｂ`, `B级`, `多数实现`); throws `RuleArgumentError` otherwise. */
export function parseLevel(value: unknown, argument = "level"): Level {
  const key = ruleKey(value).toUpperCase();
  if (key === "") throw new RuleArgumentError(argument, "blank");
  const level = LEVEL_BY_WORD.get(key);
  if (!level) throw new RuleArgumentError(argument, "unknown-value", { value: ruleKey(value), expected: "A、B、C、D" });
  return level;
}

/** Checks a counts argument: whole numbers ≥ 0 totalling at most `INDICATOR_COUNT`. */
export function checkCounts(counts: LevelCounts): LevelCounts {
  const checked = {} as LevelCounts;
  for (const level of LEVELS) checked[level] = ruleCount(counts[level], `counts.${level}`);
  const total = LEVELS.reduce((sum, level) => sum + checked[level], 0);
  if (total > INDICATOR_COUNT) {
    throw new RuleArgumentError("counts", "out-of-range", { value: total, min: 0, max: INDICATOR_COUNT });
  }
  return checked;
}

/** How many indicators are at `level` or better (`B` counts A and B). */
export function countAtOrAbove(counts: LevelCounts, level: Level | string): number {
  return sumAtOrAbove(checkCounts(counts), parseLevel(level));
}

function sumAtOrAbove(checked: LevelCounts, level: Level): number {
  let sum = 0;
  for (const each of LEVELS) {
    sum += checked[each];
    if (each === level) break;
  }
  return sum;
}

/** The notice's grade: 标杆 ≥ 60 at A; 良好 ≥ 60 at B or above; 达标 ≥ 60 at C or above; else 未达标. */
export function gradeFromCounts(counts: LevelCounts): Grade {
  const checked = checkCounts(counts);
  for (const { grade, level } of GRADE_LEVELS) {
    if (sumAtOrAbove(checked, level) >= GRADE_THRESHOLD) return grade;
  }
  return "未达标";
}

/** One problem row of a sheet of indicators, 1-based within the rows given. */
export interface IndicatorRowProblem {
  row: number;
  problem: IndicatorProblem;
}

/**
 * Counts the levels of a block of indicator rows (each 1 or 4 cells, as `indicatorLevel`),
 * with the rows that could not be read.
 */
export function countLevels(rows: ReadonlyArray<readonly unknown[]>): { counts: LevelCounts; problems: IndicatorRowProblem[] } {
  const counts: LevelCounts = { A: 0, B: 0, C: 0, D: 0 };
  const problems: IndicatorRowProblem[] = [];
  for (let i = 0; i < rows.length; i++) {
    const reading = indicatorLevel(rows[i]);
    if ("level" in reading) counts[reading.level]++;
    else problems.push({ row: i + 1, problem: reading.problem });
  }
  return { counts, problems };
}
