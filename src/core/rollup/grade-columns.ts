/**
 * Columns of the roll-up of a one-school-per-sheet layout (taizhou-indicators): one row per school
 * with its A–D counts and grade, instead of the indicator rows.
 */
export const GRADE_COLUMNS = ["序号", "区县", "学校名称", "A级", "B级", "C级", "D级", "等级"] as const;
