import { PC_RATIO, meetsPcRatio, pcRatioStage } from "../../../src/core/rules/pc-ratio";
import { RuleArgumentError } from "../../../src/core/rules/rule-argument-error";

const reason = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof RuleArgumentError ? error.reason : "not a rule error";
  }
  return "no error";
};

describe("meetsPcRatio", () => {
  test("the notice's ratios", () => expect(PC_RATIO).toEqual({ 小学: 7, 初中: 6, 高中: 5 }));

  test.each([
    [700, 100, "小学", true],
    [701, 100, "小学", false],
    [600, 100, "初中", true],
    [601, 100, "初中", false],
    [500, 100, "高中", true],
    [501, 100, "高中", false],
    [7, 1, "小学", true],
    [1, 0, "小学", false],
    ["１２００", "200", "初级中学", true],
    [1000, 200, "普通高中", true],
  ])("%j students, %j computers, %s → %s", (students, computers, stage, met) => expect(meetsPcRatio(students, computers, stage)).toBe(met));

  test.each(["完中", "九年一贯", "九年一贯制", "十二年一贯", "中学"])("%s spans stages: refused", (stage) =>
    expect(reason(() => meetsPcRatio(100, 20, stage))).toBe("stage-mixed"),
  );

  test.each(["中职", "幼儿园", "大学"])("%s is not covered", (stage) => expect(reason(() => meetsPcRatio(100, 20, stage))).toBe("stage-not-covered"));

  test("bad counts", () => {
    expect(reason(() => meetsPcRatio(0, 10, "小学"))).toBe("out-of-range");
    expect(reason(() => meetsPcRatio(-5, 10, "小学"))).toBe("negative");
    expect(reason(() => meetsPcRatio(100.5, 10, "小学"))).toBe("not-whole");
    expect(reason(() => meetsPcRatio("很多", 10, "小学"))).toBe("not-a-number");
    expect(reason(() => meetsPcRatio(100, "", "小学"))).toBe("blank");
    expect(reason(() => pcRatioStage(""))).toBe("blank");
  });
});
