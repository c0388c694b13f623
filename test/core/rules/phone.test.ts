import { isPhone } from "../../../src/core/rules/phone";

describe("isPhone", () => {
  test.each([
    "13757293776",
    "19912345678",
    "137 5729 3776",
    "137-5729-3776",
    "+86 13757293776",
    "+8613757293776",
    "１３７５７２９３７７６",
    " 13757293776 ",
  ])("accepts the mobile %s", (text) => expect(isPhone(text)).toBe(true));

  test.each([
    "0572-2345678",
    "0572 2345678",
    "05722345678",
    "010-87654321",
    "(0572)2345678",
    "（０５７２）２３４５６７８",
    "０５７２－２３４５６７８",
    "0574-87654321",
  ])("accepts the landline %s", (text) => expect(isPhone(text)).toBe(true));

  test.each(["2345678", "87654321", "2345678转123"])("accepts the local number %s", (text) => expect(isPhone(text)).toBe(true));

  test.each(["0572-2345678-123", "0572-2345678转123", "0572-2345678 转 8012", "0572-2345678分机12", "0572-2345678 ext 123", "0572-2345678 EXT.123", "0572-2345678x123", "0572-2345678#123"])(
    "accepts the extension form %s",
    (text) => expect(isPhone(text)).toBe(true),
  );

  test.each([
    ["12757293776", "mobile prefix 12 is not issued"],
    ["1375729377", "ten digits"],
    ["137572937761", "twelve digits"],
    ["0572-234567", "six-digit local part"],
    ["0572-123456789", "nine-digit local part"],
    ["123456", "six digits"],
    ["1234567", "local numbers never begin with 1"],
    ["0123456", "a bare number beginning with 0 is no local number"],
    ["0572-2345678转", "extension without digits"],
    ["0572-2345678-1234567", "seven-digit extension"],
    ["137572937a6", "a letter inside"],
    ["", "blank"],
    ["   ", "spaces"],
    ["电话", "a word"],
    ["13757293776/13757290600", "two numbers are a contact cell, not a phone"],
  ])("refuses %s (%s)", (text) => expect(isPhone(text)).toBe(false));

  test("accepts a mobile that arrives as a JS number", () => {
    expect(isPhone(13757293776)).toBe(true);
    expect(isPhone(2345678)).toBe(true);
  });

  test("refuses a landline stored as a number (its leading 0 is lost) and non-integers", () => {
    expect(isPhone(5722345678)).toBe(false);
    expect(isPhone(13757293776.5)).toBe(false);
    expect(isPhone(-13757293776)).toBe(false);
    expect(isPhone(Number.NaN)).toBe(false);
  });

  test("refuses what is not text or a number", () => {
    expect(isPhone(null)).toBe(false);
    expect(isPhone(undefined)).toBe(false);
    expect(isPhone(true)).toBe(false);
    expect(isPhone(["13757293776"])).toBe(false);
  });
});
