import {
  CITY_TARGETS_2025,
  GRADE_THRESHOLD,
  INDICATOR_COUNT,
  type LevelCounts,
  countAtOrAbove,
  countLevels,
  gradeFromCounts,
  indicatorLevel,
  parseLevel,
} from "../../../src/core/rules/indicator-grade";
import { RuleArgumentError } from "../../../src/core/rules/rule-argument-error";

describe("indicatorLevel from four tick cells", () => {
  test.each([
    [["√", "", "", ""], "A"],
    [["", "✓", "", ""], "B"],
    [["", "", "●", ""], "C"],
    [["", null, "", "x"], "D"],
    [[1, 0, 0, 0], "A"],
    [["", "", "是", "否"], "C"],
  ])("%j → %s", (cells, level) => expect(indicatorLevel(cells)).toEqual({ level }));

  test("no tick is missing, two are multiple, a stray word is invalid", () => {
    expect(indicatorLevel(["", "", "", ""])).toEqual({ problem: "missing" });
    expect(indicatorLevel(["√", "√", "", ""])).toEqual({ problem: "multiple" });
    expect(indicatorLevel(["√", "", "好", ""])).toEqual({ problem: "invalid" });
  });
});

describe("indicatorLevel from one letter or word cell", () => {
  test.each([
    ["A", "A"],
    ["a", "A"],
    ["Ａ", "A"],
    ["A级", "A"],
    [" b ", "B"],
    ["完全实现", "A"],
    ["多数实现", "B"],
    ["少数实现", "C"],
    ["未实现", "D"],
    ["ｄ级", "D"],
  ])("%j → %s", (cell, level) => expect(indicatorLevel([cell])).toEqual({ level }));

  test("blank is missing, two letters are multiple, others invalid", () => {
    expect(indicatorLevel([""])).toEqual({ problem: "missing" });
    expect(indicatorLevel([null])).toEqual({ problem: "missing" });
    expect(indicatorLevel(["A、B"])).toEqual({ problem: "multiple" });
    expect(indicatorLevel(["A/B"])).toEqual({ problem: "multiple" });
    expect(indicatorLevel(["E"])).toEqual({ problem: "invalid" });
    expect(indicatorLevel(["√"])).toEqual({ problem: "invalid" });
    expect(indicatorLevel([3])).toEqual({ problem: "invalid" });
  });

  test("any other number of cells is a bad argument", () => {
    expect(() => indicatorLevel(["A", "B"])).toThrow(RuleArgumentError);
    expect(() => indicatorLevel([])).toThrow(RuleArgumentError);
  });
});

const counts = (A: number, B: number, C: number, D: number): LevelCounts => ({ A, B, C, D });

describe("gradeFromCounts", () => {
  test("the constants are the notice's", () => {
    expect(GRADE_THRESHOLD).toBe(60);
    expect(INDICATOR_COUNT).toBe(70);
    expect(CITY_TARGETS_2025).toEqual({ 达标: { share: 0.9 }, 良好: { share: 0.6 }, 标杆: { schools: 50 } });
  });

  test.each([
    [counts(60, 10, 0, 0), "标杆"],
    [counts(59, 11, 0, 0), "良好"],
    [counts(70, 0, 0, 0), "标杆"],
    [counts(30, 30, 10, 0), "良好"],
    [counts(30, 29, 11, 0), "达标"],
    [counts(0, 60, 0, 10), "良好"],
    [counts(0, 59, 1, 10), "达标"],
    [counts(20, 20, 20, 10), "达标"],
    [counts(20, 20, 19, 11), "未达标"],
    [counts(0, 0, 60, 10), "达标"],
    [counts(0, 0, 59, 11), "未达标"],
    [counts(0, 0, 0, 70), "未达标"],
    [counts(0, 0, 0, 0), "未达标"],
  ])("%j → %s", (given, grade) => expect(gradeFromCounts(given)).toBe(grade));

  test("bad counts are refused", () => {
    expect(() => gradeFromCounts(counts(-1, 0, 0, 0))).toThrow(RuleArgumentError);
    expect(() => gradeFromCounts(counts(1.5, 0, 0, 0))).toThrow(RuleArgumentError);
    expect(() => gradeFromCounts(counts(70, 1, 0, 0))).toThrow(RuleArgumentError);
  });
});

describe("countAtOrAbove and parseLevel", () => {
  test("each level counts itself and the better ones", () => {
    const given = counts(10, 20, 30, 10);
    expect(["A", "B", "C", "D"].map((level) => countAtOrAbove(given, level))).toEqual([10, 30, 60, 70]);
    expect(countAtOrAbove(given, "多数实现")).toBe(30);
    expect(countAtOrAbove(given, "ｃ")).toBe(60);
  });

  test("an unknown level is a bad argument", () => {
    expect(() => parseLevel("E")).toThrow(RuleArgumentError);
    expect(() => parseLevel("")).toThrow(RuleArgumentError);
  });
});

describe("countLevels", () => {
  test("counts rows and reports the ones that cannot be read, 1-based", () => {
    const rows = [["√", "", "", ""], ["", "√", "", ""], ["", "", "", ""], ["√", "√", "", ""], ["", "", "", "√"]];
    expect(countLevels(rows)).toEqual({
      counts: counts(1, 1, 0, 1),
      problems: [
        { row: 3, problem: "missing" },
        { row: 4, problem: "multiple" },
      ],
    });
  });
});
