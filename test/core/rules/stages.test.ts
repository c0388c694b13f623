import { RuleArgumentError } from "../../../src/core/rules/rule-argument-error";
import { STAGES, stageCode, stageText } from "../../../src/core/rules/stages";

describe("stageCode", () => {
  test.each([
    [4, 4],
    ["4", 4],
    ["４", 4],
    [" 7 ", 7],
    [1, 1],
  ])("the code %j is already a code", (value, code) => expect(stageCode(value)).toEqual({ code, normalized: false }));

  test("each stage's own text, with either comma, is normalised to its code", () => {
    for (const stage of STAGES) {
      expect(stageCode(stage.text)).toEqual({ code: stage.code, normalized: true });
      expect(stageCode(stage.text.replace("，", ","))).toEqual({ code: stage.code, normalized: true });
      expect(stageCode(stage.text.replace("，", " "))).toEqual({ code: stage.code, normalized: true });
    }
  });

  test.each([
    ["建设中", 4],
    ["施工中", 4],
    ["策划", 1],
    ["方案完成", 2],
    ["采购中", 2],
    ["采购完成", 3],
    ["准备建设", 3],
    ["建设完成", 5],
    ["验收中", 5],
    ["验收完成", 6],
    ["投入使用", 7],
    ["完成结算", 7],
  ])("the short form %s → %i", (text, code) => expect(stageCode(text)).toEqual({ code, normalized: true }));

  test.each([
    ["4.建设中", 4],
    ["4、建设中", 4],
    ["２．方案完成，准备采购", 2],
  ])("the notice's list form %s → %i", (text, code) => expect(stageCode(text)).toEqual({ code, normalized: true }));

  test.each([["3.建设中"], [0], [8], ["8"], [4.5], ["4.5"], [""], [null], ["完成"], ["进行中"], [-1]])("refuses %j", (value) =>
    expect(stageCode(value)).toBeUndefined(),
  );
});

describe("stageText", () => {
  test("each code gives the notice's text", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(stageText)).toEqual([
      "策划方案",
      "方案完成，准备采购",
      "采购完成，准备建设",
      "建设中",
      "建设完成，准备验收",
      "验收完成，准备结算",
      "完成结算，投入使用",
    ]);
    expect(stageText("４")).toBe("建设中");
  });

  test.each([
    [8, "unknown-code"],
    [0, "unknown-code"],
    [4.5, "unknown-code"],
    ["建设中", "not-a-number"],
    ["", "blank"],
    [null, "blank"],
  ])("refuses %j (%s)", (value, reason) => {
    expect(() => stageText(value)).toThrow(RuleArgumentError);
    try {
      stageText(value);
    } catch (error) {
      expect((error as RuleArgumentError).reason).toBe(reason);
    }
  });
});
