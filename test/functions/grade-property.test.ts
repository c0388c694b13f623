import fc from "fast-check";
import { shown } from "./custom-functions-stand-in";
import { grade, gradeCount } from "../../src/functions/functions";
import type { Level } from "../../src/core/rules/indicator-grade";
import { letterColumn, tickBlock } from "./taizhou-range";

/** The notice's note, restated independently of the code under test. */
function expectedGrade(levels: Level[]): string {
  const atLeast = (best: Level[]) => levels.filter((level) => best.includes(level)).length;
  if (atLeast(["A"]) >= 60) return "标杆";
  if (atLeast(["A", "B"]) >= 60) return "良好";
  if (atLeast(["A", "B", "C"]) >= 60) return "达标";
  return "未达标";
}

const level = fc.constantFrom<Level>("A", "B", "C", "D");
// Skewed towards A/B so every grade comes up often.
const sheet = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(level, { minLength: 70, maxLength: 70 })).map(([skew, levels]) =>
  levels.map((l, i) => (i % 4 < skew ? (["A", "B", "C"] as Level[])[skew - 1] : l)),
);

describe("GRADE on any filled sheet", () => {
  test("agrees with the notice's note, from ticks and from letters", () => {
    fc.assert(
      fc.property(sheet, (levels) => {
        const expected = expectedGrade(levels);
        expect(grade(tickBlock(levels))).toBe(expected);
        expect(grade(letterColumn(levels))).toBe(expected);
        expect(gradeCount(tickBlock(levels), "C")).toBe(levels.filter((l) => l !== "D").length);
      }),
      { numRuns: 300 },
    );
  });

  test("any row emptied makes it #VALUE!", () => {
    fc.assert(
      fc.property(sheet, fc.integer({ min: 0, max: 69 }), (levels, row) => {
        const block = tickBlock(levels);
        block[row] = ["", "", "", ""];
        expect(shown(grade(block))).toEqual(["#VALUE!", `所选区域 第 ${row + 1} 行未标记等级`]);
      }),
      { numRuns: 100 },
    );
  });
});
