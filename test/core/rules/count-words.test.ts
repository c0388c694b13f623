import { numberFromWords } from "../../../src/core/rules/count-words";
import { stageCode } from "../../../src/core/rules/stages";

describe("counts written with words", () => {
  test.each([
    ["共3个", 3],
    ["共计 3 个", 3],
    ["三个", 3],
    ["两个", 2],
    ["三", 3],
    ["共十个", 10],
  ])("%s is %d for a count of 个", (text, n) => expect(numberFromWords(text, "个", true)).toBe(n));

  test.each([["约3个"], ["3-4个"], ["三到四个"], ["共3间"], ["若干"], ["十二个"], ["五十"]])("%s is not a number", (text) => expect(numberFromWords(text, "个", true)).toBeUndefined());

  test("an amount takes the 共 prefix with digits only", () => {
    expect(numberFromWords("共35.5万元", "万元", false)).toBe(35.5);
    expect(numberFromWords("三十万元", "万元", false)).toBeUndefined();
  });
});

describe("stages written with words around the number", () => {
  test.each([["第4阶段"], ["阶段4"], ["4阶段"], ["第四阶段"], ["阶段四"], ["第4步"], ["四"], ["第4阶段：建设中"], ["第4阶段（建设中）"], ["4（建设中）"]])("%s is stage 4, rewritten", (text) =>
    expect(stageCode(text)).toEqual({ code: 4, normalized: true }),
  );
  test.each([["第8阶段"], ["第4阶段：采购中"], ["阶段"], ["第0阶段"]])("%s is refused", (text) => expect(stageCode(text)).toBeUndefined());
});
