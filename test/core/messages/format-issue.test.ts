import { columnLetter, formatIssue, ISSUE_CODES, issue, MESSAGE_TABLES } from "../../../src/core";

test("column letters follow Excel: A, Z, AA, AZ, BA, ZZ, AAA", () => {
  expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
});

test("a message names file, sheet, row, column letter, field, value and the expected form in both locales", () => {
  const i = issue("invalid-phone", { field: "联系电话", row: 7, column: 8, value: "12345" });
  expect(formatIssue(i, "zh-CN", { path: "吴兴区.xlsx", sheet: "附件1" })).toBe(
    "文件 吴兴区.xlsx，工作表 附件1，第 7 行 H 列：“联系电话”“12345”不是有效的电话号码（应为 11 位手机号，或区号加 7–8 位座机号，如 0572-2345678）",
  );
  expect(formatIssue(i, "en-US", { path: "吴兴区.xlsx", sheet: "附件1" })).toBe(
    '吴兴区.xlsx, sheet 附件1, row 7, column H: "联系电话" "12345" is not a valid phone number (expected an 11-digit mobile, or an area code and a 7–8 digit landline such as 0572-2345678)',
  );
});

test("every issue code has a sentence in every locale", () => {
  for (const [locale, table] of Object.entries(MESSAGE_TABLES)) {
    for (const code of ISSUE_CODES) {
      const text = table.codes[code]({ field: "学校名称", value: "x" });
      expect({ locale, code, ok: typeof text === "string" && text.length > 3 }).toEqual({ locale, code, ok: true });
    }
  }
});

test("number issues say what is expected", () => {
  const i = issue("invalid-number", { field: "拟建空间数量（个）", row: 5, column: 4, value: "1.5", params: { type: "integer", min: 1, reason: "not-whole" } });
  expect(formatIssue(i, "zh-CN")).toBe("第 5 行 D 列：“拟建空间数量（个）”“1.5”不是整数（应为不小于 1 的整数）");
  expect(formatIssue(i, "en-US")).toBe('row 5, column D: "拟建空间数量（个）" "1.5" is not a whole number (expected a whole number of at least 1)');
});
