import { CITIES } from "../../../src/core/rules/districts";
import { PILOT_QUOTA_TABLE, QUOTA_RULE_RATES, parseRate, quotaByRule } from "../../../src/core/rules/quota-rule";
import { RuleArgumentError } from "../../../src/core/rules/rule-argument-error";

describe("quotaByRule", () => {
  test.each([
    [13, 0.2, 3],
    [10, 0.2, 2],
    [12, 0.2, 2],
    [5, 0.2, 1],
    [4, 0.2, 1],
    [2, 0.2, 0],
    [25, 0.2, 5],
    [1000, 0.011, 11],
    [500, 0.011, 6],
    [454, 0.011, 5],
    [455, 0.011, 5],
    [0, 0.2, 0],
  ])("%i × %d rounds half up to %i", (count, rate, quota) => expect(quotaByRule(count, rate)).toBe(quota));

  test("x.5 rounds up", () => {
    expect(quotaByRule(15, 0.1)).toBe(2);
    expect(quotaByRule(5, 0.5)).toBe(3);
  });

  test("rates as percentages and text", () => {
    expect(quotaByRule(13, "20%")).toBe(3);
    expect(quotaByRule("１３", "２０％")).toBe(3);
    expect(quotaByRule(1000, "1.1%")).toBe(11);
    expect(parseRate("0.2")).toBe(0.2);
  });

  test.each([
    [13, 20],
    [13, -0.2],
    [13, "二成"],
    [13, ""],
    [-1, 0.2],
    [12.5, 0.2],
    ["十三", 0.2],
  ])("refuses %j, %j", (count, rate) => expect(() => quotaByRule(count, rate)).toThrow(RuleArgumentError));
});

describe("the rule against the published table", () => {
  test("the table is the notice's", () => {
    expect(Object.entries(PILOT_QUOTA_TABLE).map(([city, q]) => `${city} ${q.区域}/${q.学校}`)).toEqual([
      "杭州市 3/9",
      "宁波市 2/8",
      "温州市 3/10",
      "嘉兴市 2/3",
      "湖州市 1/3",
      "绍兴市 1/5",
      "金华市 2/7",
      "衢州市 1/3",
      "舟山市 1/2",
      "台州市 2/7",
      "丽水市 2/3",
    ]);
    expect(Object.keys(PILOT_QUOTA_TABLE)).toEqual(CITIES.map((city) => city.name));
  });

  const mismatches = (round: (x: number) => number) =>
    CITIES.filter((city) => round(Number((city.divisions.length * QUOTA_RULE_RATES.区域).toPrecision(12))) !== PILOT_QUOTA_TABLE[city.name].区域).map(
      (city) => city.short,
    );

  test("half up (the rule's rounding) misses 温州 and 嘉兴 only", () => {
    expect(CITIES.filter((city) => quotaByRule(city.divisions.length, QUOTA_RULE_RATES.区域) !== PILOT_QUOTA_TABLE[city.name].区域).map((c) => c.short)).toEqual([
      "温州",
      "嘉兴",
    ]);
  });

  test("the other roundings do no better: up misses 绍兴 and 衢州, down misses 7", () => {
    expect(mismatches(Math.ceil)).toEqual(["绍兴", "衢州"]);
    expect(mismatches(Math.floor)).toHaveLength(7);
  });

  test("half up keeps the province's total at 20% of its 90 divisions", () => {
    const total = CITIES.reduce((sum, city) => sum + quotaByRule(city.divisions.length, 0.2), 0);
    expect(total).toBe(18);
  });
});
