import { isEmail } from "../../../src/core/rules/email";

describe("isEmail", () => {
  test.each(["zhang.san@163.com", "a+b@hz.edu.cn", "Li_Si@ZJEDU.GOV.CN", "ｚｊ＠１６３.ｃｏｍ", " x@y.cn ", "a-b@mail-1.example.org"])(
    "accepts %s",
    (text) => expect(isEmail(text)).toBe(true),
  );

  test.each([
    "zhangsan",
    "zhangsan@",
    "@163.com",
    "a@b",
    "a@b.c",
    "a@@b.com",
    ".a@b.com",
    "a.@b.com",
    "a..b@b.com",
    "a@-b.com",
    "a@b-.com",
    "a b@c.com",
    "a@b.com/c@d.com",
    "张三@163.com",
    "",
  ])("refuses %s", (text) => expect(isEmail(text)).toBe(false));

  test("refuses numbers and blanks", () => {
    expect(isEmail(163)).toBe(false);
    expect(isEmail(null)).toBe(false);
  });
});
