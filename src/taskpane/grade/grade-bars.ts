import type { GradeSummary } from "../../core/rollup/result";

/** The four grades of the Taizhou criteria, best first. */
export const GRADE_ORDER = ["标杆", "良好", "达标", "未达标"] as const;

export interface GradeBar {
  grade: string;
  /** Schools at exactly this grade. */
  count: number;
  /** Share of all schools, 0..1. */
  share: number;
}

/** One bar per grade, best first, from a roll-up's grade summary (a grade with no school is a zero bar). */
export function gradeBars(summary: GradeSummary): GradeBar[] {
  const total = summary.schools;
  return GRADE_ORDER.map((grade) => {
    const count = summary.byGrade[grade] ?? 0;
    return { grade, count, share: total > 0 ? count / total : 0 };
  });
}

/** One city target drawn against the schools that reach it (docs/DOMAIN.md#grades-and-levels: 达标 ≥ 90%, 良好 ≥ 60%, 50 标杆). */
export interface TargetBar {
  grade: string;
  /** Schools at this grade or better. */
  count: number;
  /** Schools needed to meet the target: the share of all schools rounded up, or the count asked. */
  needed: number;
  kind: "share" | "count";
  /** The target as written: a percentage (90) or a number of schools (50). */
  target: number;
  met: boolean;
}

/** A share target may be stored as 0.9 or as 90; either reads as a percentage. */
export function targetPercent(value: number): number {
  return Math.round(value <= 1 ? value * 100 : value);
}

/** The city's targets as bars: schools reaching each grade or better, and how many the target needs. */
export function targetBars(summary: GradeSummary): TargetBar[] {
  return summary.targets.map((target) => {
    const percent = target.kind === "share" ? targetPercent(target.target) : 0;
    // An integer product first, so 90% of 10 schools is 9, not 9.000000000000002 rounded up to 10.
    const needed = target.kind === "share" ? Math.ceil((percent * summary.schools) / 100) : target.target;
    return {
      grade: target.grade,
      count: target.count,
      needed,
      kind: target.kind,
      target: target.kind === "share" ? percent : target.target,
      met: target.met,
    };
  });
}
