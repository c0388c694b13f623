import { headerBase, headerKey } from "../../../src/core/normalize/header-key";
import { parseNumber } from "../../../src/core/normalize/number";
import { nonDataKind } from "../../../src/core/normalize/row-kind";
import { normalizeName, normalizeText } from "../../../src/core/normalize/text";

test("header keys ignore line breaks, spaces, bracket width and letter case", () => {
  expect(headerKey("序\n号")).toBe("序号");
  expect(headerKey("学 校 名 称")).toBe("学校名称");
  expect(headerKey("预算金额（万元）")).toBe(headerKey("预算金额(万元)"));
  expect(headerKey("Ａ级")).toBe("a级");
  expect(headerBase(headerKey("预算金额（万元）"))).toBe("预算金额");
});

test("numbers arrive as text, with units and full-width digits", () => {
  expect(parseNumber("12.5")).toEqual({ value: 12.5 });
  expect(parseNumber("12.5万元")).toEqual({ value: 12.5, unit: "万元" });
  expect(parseNumber("１２")).toEqual({ value: 12 });
  expect(parseNumber("1,200")).toEqual({ value: 1200 });
  expect(parseNumber("十二")).toBeUndefined();
  expect(parseNumber("12.5.3")).toBeUndefined();
});

test("names are trimmed and their inner spaces collapsed", () => {
  expect(normalizeName("  湖州市 第一  中学 ")).toBe("湖州市第一中学");
  expect(normalizeName("No. 1  Middle School")).toBe("No. 1 Middle School");
  expect(normalizeText("\u200b１３７５７２９３７７６\u3000")).toBe("13757293776");
});

test("blank, placeholder and note rows are told apart from data", () => {
  expect(nonDataKind(["", ""])).toBe("blank");
  expect(nonDataKind(["...", "", "......"])).toBe("placeholder");
  expect(nonDataKind(["注:学校名称与公章一致。"])).toBe("note");
  expect(nonDataKind(["1", "吴兴区"])).toBeUndefined();
});
