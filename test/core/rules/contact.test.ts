import { isContact, splitContact, splitPhones } from "../../../src/core/rules/contact";

describe("splitContact", () => {
  test("a mobile and an e-mail separated by a slash", () => {
    expect(splitContact("13757293776/zhang@163.com")).toEqual({
      phones: ["13757293776"],
      emails: ["zhang@163.com"],
      invalid: [],
      valid: true,
    });
  });

  test.each([
    ["13757293776，zhang@163.com"],
    ["13757293776,zhang@163.com"],
    ["13757293776；zhang@163.com"],
    ["13757293776;zhang@163.com"],
    ["13757293776、zhang@163.com"],
    ["13757293776 zhang@163.com"],
    ["13757293776\nzhang@163.com"],
    ["13757293776\r\n zhang@163.com"],
    ["手机：13757293776 邮箱：zhang@163.com"],
    ["１３７５７２９３７７６／ｚｈａｎｇ＠１６３.ｃｏｍ"],
  ])("every separator: %j", (text) => {
    const parts = splitContact(text);
    expect([parts.phones, parts.emails, parts.invalid, parts.valid]).toEqual([["13757293776"], ["zhang@163.com"], [], true]);
  });

  test("a landline written with a space stays one part", () => {
    expect(splitContact("0574 87654321 13757293776")).toMatchObject({ phones: ["0574 87654321", "13757293776"], invalid: [] });
  });

  test("a phone alone or an e-mail alone is enough", () => {
    expect(isContact("0574-87654321")).toBe(true);
    expect(isContact("zhang@163.com")).toBe(true);
    expect(isContact(13757293776)).toBe(true);
  });

  test("one bad part makes the cell invalid though others are good", () => {
    expect(splitContact("13757293776/zhang@163")).toEqual({ phones: ["13757293776"], emails: [], invalid: ["zhang@163"], valid: false });
  });

  test("blank holds no valid part", () => {
    expect(splitContact("")).toEqual({ phones: [], emails: [], invalid: [], valid: false });
    expect(splitContact(" / ， ")).toMatchObject({ valid: false, invalid: [] });
    expect(isContact(null)).toBe(false);
  });

  test("a short typo is invalid", () => {
    expect(splitContact("1375729377")).toMatchObject({ invalid: ["1375729377"], valid: false });
  });
});

describe("splitPhones: a phone cell with several numbers", () => {
  test.each([
    ["13757290001／0572-2345678", ["13757290001", "0572-2345678"]],
    ["13757290001、13857290002", ["13757290001", "13857290002"]],
    ["13757290001 或 0572-2345678", ["13757290001", "0572-2345678"]],
    ["手机：13757290001，座机：0572-2345678", ["13757290001", "0572-2345678"]],
    ["0572 2345678", ["0572 2345678"]],
  ])("%s is valid: every number is", (cell, phones) => {
    expect(splitPhones(cell)).toEqual({ phones, invalid: [], valid: true });
  });

  test.each([
    ["13757290001／12345", ["12345"]],
    ["13757290001 或 a@b.cn", ["a@b.cn"]],
    ["137572900", ["137572900"]],
  ])("%s is not: %j is named", (cell, invalid) => {
    const parts = splitPhones(cell);
    expect(parts.valid).toBe(false);
    expect(parts.invalid).toEqual(invalid);
  });
});
