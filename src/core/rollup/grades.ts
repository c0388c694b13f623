import type { Detection, SheetResult } from "../model/sheet-result";
import { CITY_TARGETS_2025, GRADE_LEVELS, LEVELS, gradeFromCounts, indicatorLevel, type Grade, type LevelCounts } from "../rules/indicator-grade";
import type { GradeRow, GradeSummary } from "./result";

function isCounts(value: unknown): value is LevelCounts {
  return typeof value === "object" && value !== null && LEVELS.every((l) => typeof (value as Record<string, unknown>)[l] === "number");
}

/**
 * A sheet of indicators' A–D counts: the engine's derived counts (`derived.counts`, or A–D on `derived`
 * itself), else counted from its records' level field.
 */
export function sheetCounts(sheet: SheetResult, levelField: string | undefined): LevelCounts {
  const derived = sheet.derived;
  if (isCounts(derived?.counts)) return derived.counts;
  if (isCounts(derived)) return derived;
  const counts: LevelCounts = { A: 0, B: 0, C: 0, D: 0 };
  if (levelField === undefined) return counts;
  for (const record of sheet.records) {
    const reading = indicatorLevel([record.values[levelField]]);
    if ("level" in reading) counts[reading.level]++;
  }
  return counts;
}

/**
 * The school a one-school sheet belongs to: the engine's derived name, the info line's school key
 * (`indicators.schoolInfoKey`: `学校名称：…`), else the file's name.
 */
export function sheetSchool(sheet: SheetResult, detection: Detection | undefined, fileStem: string, schoolInfoKey: string): string {
  const derived = sheet.derived ?? {};
  for (const candidate of [derived.school, derived[schoolInfoKey], detection?.info[schoolInfoKey]]) {
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate.trim();
  }
  return fileStem;
}

export function gradeOf(counts: LevelCounts): Grade {
  return gradeFromCounts(counts);
}

/**
 * The distribution of grades against the city's targets (docs/DOMAIN.md#grades-and-levels: 达标 ≥ 90% of schools, 良好 ≥ 60%,
 * 50 标杆 schools). A school counts toward a target when its grade is the target's or better.
 */
export function gradeSummary(grades: readonly GradeRow[]): GradeSummary {
  const schools = grades.length;
  const order: string[] = [...GRADE_LEVELS.map((g) => g.grade), "未达标"];
  const byGrade: Record<string, number> = Object.fromEntries(order.map((g) => [g, 0]));
  for (const row of grades) byGrade[row.grade] = (byGrade[row.grade] ?? 0) + 1;
  const atOrBetter = (grade: string) => grades.filter((row) => order.indexOf(row.grade) <= order.indexOf(grade)).length;
  const targets: GradeSummary["targets"] = [];
  for (const [grade, target] of Object.entries(CITY_TARGETS_2025) as Array<[string, { share?: number; schools?: number }]>) {
    const count = atOrBetter(grade);
    const share = schools === 0 ? 0 : count / schools;
    if (target.share !== undefined) targets.push({ grade, count, share, target: target.share, kind: "share", met: schools > 0 && share >= target.share });
    else if (target.schools !== undefined) targets.push({ grade, count, share, target: target.schools, kind: "count", met: count >= target.schools });
  }
  return { schools, byGrade, targets };
}
