import { FEATURE_ITEMS, featureItem, levelForCount, meetsFeatureMinimum } from "../../../src/core/rules/feature-level";
import { RuleArgumentError } from "../../../src/core/rules/rule-argument-error";

describe("levelForCount", () => {
  test.each([
    [6, "A"],
    [5, "B"],
    [4, "B"],
    [3, "C"],
    [2, "C"],
    [1, ""],
    [0, ""],
    ["６", "A"],
    ["4", "B"],
  ])("%j items → %j", (n, level) => expect(levelForCount(n)).toBe(level));

  test.each([[7], [-1], [2.5], ["两个"], [""]])("%j is a bad argument", (n) => expect(() => levelForCount(n)).toThrow(RuleArgumentError));
});

describe("the six items", () => {
  test("are the form's, in order", () => {
    expect(FEATURE_ITEMS).toEqual(["智能环境", "智慧教学", "三个课堂", "信息素养", "智慧管理", "创新实验"]);
    expect(featureItem(" 智能 环境 ")).toBe("智能环境");
    expect(featureItem("智能")).toBeUndefined();
  });

  test("an application needs at least two distinct items", () => {
    expect(meetsFeatureMinimum(["智能环境", "智慧教学"])).toBe(true);
    expect(meetsFeatureMinimum(["智能环境", "智能环境"])).toBe(false);
    expect(meetsFeatureMinimum(["智能环境", "其他"])).toBe(false);
    expect(meetsFeatureMinimum([])).toBe(false);
  });
});
