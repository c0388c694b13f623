import { CustomFunctionsError, shown } from "./custom-functions-stand-in";
import { guarded, toExcelError } from "../../src/functions/excel-error";
import { RuleArgumentError } from "../../src/core/rules/rule-argument-error";

describe("toExcelError", () => {
  test("an unknown code is #N/A; every other refusal #VALUE!, with the argument's Chinese name", () => {
    expect(shown(toExcelError(new RuleArgumentError("code", "unknown-code", { value: 8, expected: "1–7" })))).toEqual([
      "#N/A",
      "代码 没有对应的代码“8”（可用 1–7）",
    ]);
    expect(shown(toExcelError(new RuleArgumentError("students", "negative", { value: -2 })))).toEqual(["#VALUE!", "学生数 不能为负数（-2）"]);
  });

  test("anything else caught is still an Excel error, never a throw", () => {
    const error = toExcelError(new TypeError("x is undefined"));
    expect(error).toBeInstanceOf(CustomFunctionsError);
    expect(shown(error)).toEqual(["#VALUE!", "无法计算：x is undefined"]);
    expect(shown(guarded(() => { throw "boom"; }))).toEqual(["#VALUE!", "无法计算：boom"]);
    expect(guarded(() => 42)).toBe(42);
  });
});

describe("the message follows Office's display language", () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  test("English Office shows English messages; Chinese or unknown shows Chinese", () => {
    const refusal = new RuleArgumentError("students", "negative", { value: -2 });
    globals.Office = { context: { displayLanguage: "en-US" } };
    expect(shown(toExcelError(refusal))).toEqual(["#VALUE!", "The number of students must not be negative (-2)"]);
    globals.Office = { context: { displayLanguage: "zh-CN" } };
    expect(shown(toExcelError(refusal))).toEqual(["#VALUE!", "学生数 不能为负数（-2）"]);
    delete globals.Office;
    expect(shown(toExcelError(refusal))).toEqual(["#VALUE!", "学生数 不能为负数（-2）"]);
  });
});
