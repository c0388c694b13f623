import { FEATURE_ITEMS, type FeatureItem, featureItem } from "../core/rules/feature-level";
import { RuleArgumentError } from "../core/rules/rule-argument-error";
import { ruleText } from "../core/rules/rule-text";
import { readBoxStates, tickMark } from "../core/rules/ticks";
import { type ExcelCell, isBlankCell } from "./excel-arguments";

const EXPECTED = FEATURE_ITEMS.join("、");
const LIST_SEPARATORS = /[\s,;、/]+/;

/**
 * The distinct items a FEATURELEVEL range names, in any of the forms a sheet holds them:
 * - form text with boxes, one cell or several (`☑智能环境 □智慧教学 …`): the ticked items;
 * - item names (`智能环境`, or `智能环境、智慧教学` in one cell): each counts — a list of the
 *   accredited items;
 * - item names beside tick cells (`智能环境 | √`): when the range holds any tick mark, a name
 *   counts only if its row holds a tick.
 * Blank cells and explicit "no" marks are ignored; any other text is refused.
 */
export function featureItemsOf(rows: ExcelCell[][]): FeatureItem[] {
  const boxed = new Set<FeatureItem>();
  const named: Array<{ item: FeatureItem; row: number }> = [];
  const tickedRows = new Set<number>();
  rows.forEach((row, r) => {
    for (const cell of row) {
      if (isBlankCell(cell)) continue;
      const mark = tickMark(cell);
      if (mark === "tick") {
        tickedRows.add(r);
        continue;
      }
      if (mark === "blank") continue;
      const boxes = readBoxStates(cell);
      if (boxes.length > 0) {
        for (const box of boxes) {
          const item = featureItem(box.name);
          if (!item) throw new RuleArgumentError("range", "unknown-value", { value: box.name, expected: EXPECTED });
          if (box.ticked) boxed.add(item);
        }
        continue;
      }
      // The whole cell first: spaces inside a name (`智 慧 教 学`) are not separators.
      const whole = featureItem(cell);
      const parts = whole ? [whole] : ruleText(cell).split(LIST_SEPARATORS).filter((p) => p !== "");
      for (const part of parts) {
        const item = featureItem(part);
        if (!item) throw new RuleArgumentError("range", "unknown-value", { value: part, expected: EXPECTED });
        named.push({ item, row: r });
      }
    }
  });
  const byTicks = tickedRows.size > 0;
  for (const { item, row } of named) if (!byTicks || tickedRows.has(row)) boxed.add(item);
  return FEATURE_ITEMS.filter((item) => boxed.has(item));
}
