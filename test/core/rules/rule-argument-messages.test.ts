import { RULE_ARGUMENT_MESSAGES, ruleArgumentMessage } from "../../../src/core/rules/rule-argument-messages";
import { RuleArgumentError } from "../../../src/core/rules/rule-argument-error";
import { ruleNumber, ruleCount } from "../../../src/core/rules/rule-number";

describe("rule argument messages", () => {
  test("every reason has a zh-CN and an en-US text", () => {
    expect(Object.keys(RULE_ARGUMENT_MESSAGES["en-US"]).sort()).toEqual(Object.keys(RULE_ARGUMENT_MESSAGES["zh-CN"]).sort());
  });

  test("a message fills in its params, Chinese first", () => {
    const error = new RuleArgumentError("students", "negative", { value: -5 });
    expect(ruleArgumentMessage(error)).toBe("students 不能为负数（-5）");
    expect(ruleArgumentMessage(error, "en-US")).toBe("students must not be negative (-5)");
  });
});

describe("ruleNumber / ruleCount", () => {
  test.each([
    [12, 12],
    ["12", 12],
    ["１２", 12],
    [" 12.5 ", 12.5],
    ["1,200", 1200],
    ["-3", -3],
  ])("%j → %d", (value, n) => expect(ruleNumber(value, "n")).toBe(n));

  test.each([["1,2"], ["12元"], ["abc"], [""], [null], [Number.NaN], [true]])("%j is refused", (value) =>
    expect(() => ruleNumber(value, "n")).toThrow(RuleArgumentError),
  );

  test("a count is whole and not negative", () => {
    expect(ruleCount("3", "n")).toBe(3);
    expect(() => ruleCount(-1, "n")).toThrow(RuleArgumentError);
    expect(() => ruleCount(1.5, "n")).toThrow(RuleArgumentError);
    expect(() => ruleCount(0, "n", 1)).toThrow(RuleArgumentError);
  });
});
