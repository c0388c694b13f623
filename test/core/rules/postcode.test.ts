import { isPostcode, readPostcode } from "../../../src/core/rules/postcode";

describe("isPostcode / readPostcode", () => {
  test.each(["313000", "３１３０００", " 310006 ", "013000"])("accepts the text %s", (text) => expect(isPostcode(text)).toBe(true));

  test.each(["31300", "3130000", "31300a", "313 000", "", "邮编"])("refuses the text %s", (text) => expect(isPostcode(text)).toBe(false));

  test("reads a six-digit number as is", () => {
    expect(readPostcode(313000)).toEqual({ postcode: "313000", normalized: false });
  });

  test("reads a five-digit number as a postcode whose leading zero was lost", () => {
    expect(readPostcode(13000)).toEqual({ postcode: "013000", normalized: true });
    expect(readPostcode(10000)).toEqual({ postcode: "010000", normalized: true });
  });

  test("refuses numbers that cannot be a postcode", () => {
    expect(isPostcode(9999)).toBe(false);
    expect(isPostcode(1000000)).toBe(false);
    expect(isPostcode(313000.5)).toBe(false);
    expect(isPostcode(-313000)).toBe(false);
  });

  test("a text of five digits kept what was typed: a typo, not a lost zero", () => {
    expect(readPostcode("13000")).toBeUndefined();
  });
});
