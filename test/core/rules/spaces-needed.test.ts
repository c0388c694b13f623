import { RuleArgumentError } from "../../../src/core/rules/rule-argument-error";
import { spacesNeeded } from "../../../src/core/rules/spaces-needed";

describe("spacesNeeded", () => {
  test.each([
    [18, "小学", 3],
    [19, "小学", 4],
    [24, "小学", 4],
    [25, "小学", 5],
    [36, "小学", 6],
    [1, "小学", 1],
    [6, "小学", 1],
    [7, "小学", 2],
    [0, "小学", 0],
    [3, "初中", 6],
    [3, "高中", 6],
    [3, "中学", 6],
    ["３", "初级中学", 6],
    [0, "高中", 0],
  ])("%j %s → %i", (count, stage, spaces) => expect(spacesNeeded(count, stage)).toBe(spaces));

  test.each([
    [3, "完中", "stage-mixed"],
    [9, "九年一贯", "stage-mixed"],
    [3, "中职", "stage-not-covered"],
    [3, "", "blank"],
    [-1, "小学", "negative"],
    [2.5, "初中", "not-whole"],
    ["十八", "小学", "not-a-number"],
  ])("%j %j is refused (%s)", (count, stage, reason) => {
    let caught: unknown;
    try {
      spacesNeeded(count, stage);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleArgumentError);
    expect((caught as RuleArgumentError).reason).toBe(reason);
  });
});
