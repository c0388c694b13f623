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
