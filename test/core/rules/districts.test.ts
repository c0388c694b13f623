import { CITIES, cityOf, findCity, resolveDistrict } from "../../../src/core/rules/districts";

describe("CITIES", () => {
  test("holds Zhejiang's 11 cities and 90 county-level divisions, no name twice", () => {
    expect(CITIES.map((city) => city.short)).toEqual(["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"]);
    const divisions = CITIES.flatMap((city) => city.divisions);
    expect(divisions).toHaveLength(90);
    expect(new Set(divisions).size).toBe(90);
    expect(findCity("湖州")?.divisions).toEqual(["吴兴区", "南浔区", "德清县", "长兴县", "安吉县"]);
  });
});

describe("resolveDistrict", () => {
  test("a division as written", () => {
    expect(resolveDistrict("吴兴区")).toEqual({ name: "吴兴区", city: "湖州市", kind: "division", normalized: false });
    expect(resolveDistrict("长兴县", "湖州市")).toEqual({ name: "长兴县", city: "湖州市", kind: "division", normalized: false });
  });

  test.each([
    ["吴兴", "吴兴区"],
    ["长兴", "长兴县"],
    ["余姚", "余姚市"],
    ["景宁", "景宁畲族自治县"],
    ["湖州市吴兴区", "吴兴区"],
    ["浙江省湖州市吴兴区", "吴兴区"],
    ["吴兴区教育局", "吴兴区"],
    ["吴兴区（盖章）", "吴兴区"],
  ])("%s is understood as %s", (text, name) => expect(resolveDistrict(text)).toMatchObject({ name, kind: "division", normalized: true }));

  test("full-width and inner spaces", () => {
    expect(resolveDistrict(" 吴 兴 区 ")).toMatchObject({ name: "吴兴区", normalized: false });
  });

  test("functional zones and their aliases", () => {
    expect(resolveDistrict("前湾新区")).toEqual({ name: "前湾新区", city: "宁波市", kind: "zone", normalized: false });
    expect(resolveDistrict("宁波前湾新区")).toEqual({ name: "前湾新区", city: "宁波市", kind: "zone", normalized: true });
    expect(resolveDistrict("南太湖新区", "湖州")).toMatchObject({ kind: "zone", city: "湖州市" });
    expect(resolveDistrict("东钱湖", "宁波市")).toMatchObject({ name: "东钱湖旅游度假区", kind: "zone" });
    expect(resolveDistrict("台州湾新区")).toMatchObject({ city: "台州市", kind: "zone" });
  });

  test("市直属学校 and its spellings", () => {
    expect(resolveDistrict("市直属学校", "湖州市")).toEqual({ name: "市直属学校", city: "湖州市", kind: "municipal", normalized: false });
    expect(resolveDistrict("市直属", "湖州")).toEqual({ name: "市直属学校", city: "湖州市", kind: "municipal", normalized: false });
    expect(resolveDistrict("市直属学校")).toEqual({ name: "市直属学校", kind: "municipal", normalized: false });
    expect(resolveDistrict("湖州市直属学校")).toEqual({ name: "市直属学校", city: "湖州市", kind: "municipal", normalized: true });
    expect(resolveDistrict("直属学校", "宁波市")).toMatchObject({ kind: "municipal", normalized: true });
  });

  test("with a city, only that city's districts resolve", () => {
    expect(resolveDistrict("吴兴区", "宁波市")).toBeUndefined();
    expect(resolveDistrict("宁波市海曙区", "湖州市")).toBeUndefined();
    expect(resolveDistrict("海曙", "宁波")).toMatchObject({ name: "海曙区", city: "宁波市" });
    expect(resolveDistrict("吴兴区", "不存在市")).toBeUndefined();
  });

  test.each([[""], [null], ["上海市"], ["吴"], ["浦东新区"], ["XX区"]])("refuses %j", (text) => expect(resolveDistrict(text)).toBeUndefined());
});

describe("cityOf", () => {
  test.each([
    ["湖州市教育局", "湖州市"],
    ["湖州", "湖州市"],
    ["湖州市", "湖州市"],
    ["浙江省湖州市教育保障中心", "湖州市"],
    ["宁波市教育局（盖章）", "宁波市"],
    ["吴兴区", "湖州市"],
    ["前湾新区", "宁波市"],
    ["丽水", "丽水市"],
  ])("%s → %s", (text, city) => expect(cityOf(text)).toBe(city));

  test.each([[""], ["上海市教育局"], [null], ["某某学校"]])("%j names no city", (text) => expect(cityOf(text)).toBeUndefined());
});
