import { INDICATOR_COUNT, type LevelCounts, countLevels } from "../core/rules/indicator-grade";
import { RuleArgumentError } from "../core/rules/rule-argument-error";
import type { ExcelCell } from "./excel-arguments";

const SHAPE = `${INDICATOR_COUNT} 行 × 1 列（等级）或 ${INDICATOR_COUNT} 行 × 4 列（A–D 勾选）`;

/**
 * The A–D counts of a Taizhou range: exactly 70 rows (one per indicator) of either one level
 * cell or four tick cells. Any other size is refused — a partial or offset selection would give a
 * grade for the wrong indicators — and so is the first row with no mark, several marks or an
 * unreadable mark (its row number within the range is in the message).
 */
export function indicatorCounts(rows: ExcelCell[][]): LevelCounts {
  const columns = rows.length > 0 ? rows[0].length : 0;
  if (rows.length !== INDICATOR_COUNT || (columns !== 1 && columns !== 4) || rows.some((row) => row.length !== columns)) {
    throw new RuleArgumentError("range", "bad-shape", { expected: SHAPE, rows: rows.length, columns });
  }
  const { counts, problems } = countLevels(rows);
  const [first] = problems;
  if (first) {
    const row = first.row;
    if (first.problem === "missing") throw new RuleArgumentError("range", "row-missing", { row });
    if (first.problem === "multiple") throw new RuleArgumentError("range", "row-multiple", { row });
    throw new RuleArgumentError("range", "row-invalid", { row, value: rows[row - 1].map((cell) => String(cell ?? "")).join(" ").trim() });
  }
  return counts;
}
