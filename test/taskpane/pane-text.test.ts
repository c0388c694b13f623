import { paneLocale } from "../../src/taskpane/i18n/locale";
import { fill } from "../../src/core/text/fill";
import { paneText, stringsFor } from "../../src/taskpane/i18n/strings";

test.each([
  ["zh-CN", "zh-CN"],
  ["zh-TW", "zh-CN"],
  ["en-US", "en-US"],
  ["en-GB", "en-US"],
  ["EN-us", "en-US"],
  ["fr-FR", "zh-CN"],
  ["", "zh-CN"],
  [undefined, "zh-CN"],
  ["eng", "zh-CN"],
] as const)("display language %p → %p", (language, expected) => {
  expect(paneLocale(language)).toBe(expected);
});

test("both string tables have the same keys, none empty", () => {
  const zh = stringsFor("zh-CN");
  const en = stringsFor("en-US");
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  for (const table of [zh, en]) for (const value of Object.values(table)) expect(value.trim()).not.toBe("");
});

test("the two tables use the same placeholders for every key", () => {
  const zh = stringsFor("zh-CN");
  const en = stringsFor("en-US");
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(zh) as Array<keyof typeof zh>) expect([key, names(en[key])]).toEqual([key, names(zh[key])]);
});

test("fill replaces known placeholders and leaves unknown ones visible", () => {
  expect(fill("第 {row} 行，{missing}", { row: 4 })).toBe("第 4 行，{missing}");
  expect(paneText("zh-CN").t("rowLabel", { row: 12 })).toBe("第 12 行");
  expect(paneText("en-US").t("rowLabel", { row: 12 })).toBe("Row 12");
});
