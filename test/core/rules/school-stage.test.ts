import { SCHOOL_TYPES, SCHOOL_TYPE_CHOICES, schoolType } from "../../../src/core/rules/school-stage";

describe("schoolType", () => {
  test("each type as written", () => {
    for (const type of SCHOOL_TYPES) expect(schoolType(type)).toEqual({ type, normalized: false });
  });

  test.each([
    ["初级中学", "初中"],
    ["九年一贯制", "九年一贯"],
    ["完全中学", "完中"],
    ["普通高中", "高中"],
    ["中等职业学校", "中职"],
    ["十二年一贯制学校", "十二年一贯"],
  ])("%s → %s", (text, type) => expect(schoolType(text)).toEqual({ type, normalized: true }));

  test.each([[""], ["幼儿园"], ["中学"], [null]])("%j is none", (text) => expect(schoolType(text)).toBeUndefined());

  test("the choices list each type once, and no variant under two types", () => {
    expect(SCHOOL_TYPE_CHOICES.map((choice) => choice.value)).toEqual([...SCHOOL_TYPES]);
    const variants = SCHOOL_TYPE_CHOICES.flatMap((choice) => choice.synonyms);
    expect(new Set(variants).size).toBe(variants.length);
    for (const choice of SCHOOL_TYPE_CHOICES) for (const synonym of choice.synonyms) expect(schoolType(synonym)?.type).toBe(choice.value);
  });
});
