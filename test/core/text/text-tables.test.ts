import { CLI_TEXT } from "../../../src/cli/text/translate";
import { LEARN_TEXT, REFUSAL_TEXT } from "../../../src/core/learn/learn-messages";
import { LAYOUT_FILE_TEXT, LAYOUT_RULE_TEXT } from "../../../src/core/layout/layout-file-messages";
import { UNKNOWN_LAYOUT_TEXT } from "../../../src/core/layouts/unknown-layout-error";
import { MESSAGE_TABLES } from "../../../src/core/messages/format-issue";
import { issueText, type CodeTexts } from "../../../src/core/messages/message-table";
import { SKIP_REASON_TEXT } from "../../../src/core/messages/skip-reason";
import { ISSUE_CODES, issueFrom, type IssueCode, type IssueFinding, type IssueParams } from "../../../src/core/model/issue";
import { REPORT_WORDS } from "../../../src/core/report/report-words";
import { RULE_ARGUMENT_MESSAGES } from "../../../src/core/rules/rule-argument-messages";
import { fill, placeholders } from "../../../src/core/text/fill";
import { LOCALES } from "../../../src/core/text/locale";
import type { TextTable } from "../../../src/core/text/text-table";
import { CAPABILITY_TEXT } from "../../../src/excel/capabilities";
import { FUNCTION_TEXT } from "../../../src/functions/excel-error";
import { READ_TEXT } from "../../../src/io/read/read-messages";
import { ISSUE_CODE_TITLES } from "../../../src/taskpane/i18n/issue-code-titles";
import { PANE_TEXT } from "../../../src/taskpane/i18n/strings";

/** Every table of `{name}` templates in the product, by where it lives. */
const TABLES: Array<[string, TextTable<string>]> = [
  ["src/cli/text", CLI_TEXT],
  ["src/taskpane/i18n/strings", PANE_TEXT],
  ["src/taskpane/i18n/issue-code-titles", ISSUE_CODE_TITLES],
  ["src/io/read/read-messages", READ_TEXT],
  ["src/core/rules/rule-argument-messages", RULE_ARGUMENT_MESSAGES],
  ["src/core/learn/learn-messages (notes)", LEARN_TEXT],
  ["src/core/learn/learn-messages (refusals)", REFUSAL_TEXT],
  ["src/core/layout/layout-file-messages (faults)", LAYOUT_FILE_TEXT],
  ["src/core/layout/layout-file-messages (rules)", LAYOUT_RULE_TEXT],
  ["src/core/messages/skip-reason", SKIP_REASON_TEXT],
  ["src/core/report/report-words", REPORT_WORDS],
  ["src/core/layouts/unknown-layout-error", UNKNOWN_LAYOUT_TEXT],
  ["src/functions/excel-error", FUNCTION_TEXT],
  ["src/excel/capabilities", CAPABILITY_TEXT],
];

describe.each(TABLES)("%s", (_where, table) => {
  test("every locale has every key, none empty", () => {
    const keys = Object.keys(table["zh-CN"]).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      expect(Object.keys(table[locale]).sort()).toEqual(keys);
      expect(keys.filter((key) => table[locale][key].trim() === "")).toEqual([]);
    }
  });

  test("every placeholder of the Chinese template is in the English one, and the other way round", () => {
    const differing = Object.keys(table["zh-CN"])
      .map((key) => [key, placeholders(table["zh-CN"][key]).sort(), placeholders(table["en-US"][key]).sort()] as const)
      .filter(([, zh, en]) => zh.join() !== en.join());
    expect(differing).toEqual([]);
  });
});

test("fill fills every placeholder it has a value for, once per use, and leaves the rest visible", () => {
  expect(fill("工作表“{sheet}”超过 {limit} 行，只读取了前 {limit} 行。", { sheet: "多", limit: 50 })).toBe("工作表“多”超过 50 行，只读取了前 50 行。");
  expect(fill("{argument} 应在 {min}–{max} 之间", { argument: "比例", min: 0 })).toBe("比例 应在 0–{max} 之间");
  expect(fill("{a}", { a: "{b}", b: "x" })).toBe("{b}");
  expect(placeholders("{limit} 行，前 {limit} 行 {sheet}")).toEqual(["limit", "sheet"]);
});

/** Every param of a code made required, leaving out the ones declared `never` (never set). */
type AllParams<C extends IssueCode> = { [K in keyof IssueParams<C> as [Exclude<IssueParams<C>[K], undefined>] extends [never] ? never : K]-?: Exclude<IssueParams<C>[K], undefined> };

/**
 * Each code's params, every one given (the type makes a param added to a code fail here until it is
 * given), with values that are easy to find in a sentence.
 */
const ALL_PARAMS: { [C in IssueCode]: AllParams<C> } = {
  "missing-value": { scope: "column" },
  "invalid-phone": { part: "P-0572" },
  "invalid-email": { part: "P-mail" },
  "invalid-postcode": {},
  "invalid-date": {},
  "invalid-number": { reason: "below-min", type: "integer", min: 7001, max: 7002 },
  "invalid-choice": { expected: "E-甲、乙", city: "C-湖州市", min: 7003, count: 7004, reason: "multiple" },
  "normalized-value": { to: "T-吴兴区" },
  "suspicious-value": { limit: 7005, unit: "U-万元" },
  "duplicate-row": { key: "K-学校名称", firstRow: 7006, count: 7007 },
  "stage-regressed": { school: "S-一中", stage: 2, earlierStage: 5, period: "P-2025-06", earlierPeriod: "P-2025-05" },
  "superseded-file": { school: "S-一中", file: "F-新.xlsx", earlierFile: "F-旧.xlsx", count: 7008 },
  "quota-exceeded": { scope: "Q-吴兴区", category: "Q-类别", count: 7009, limit: 7010 },
  "not-submitted": { suggestion: "G-二中", district: "D-南浔区", schoolType: "初中" },
  "not-on-roster": { suggestion: "G-三中" },
  "unknown-layout": { reason: "no-table", unknownId: "L-nope", layoutId: "L-plan", title: "L-计划表", confidence: 0.5, missing: "M-联系电话" },
  "unreadable-file": { reason: "too-large", limit: "R-10 MB", detail: "R-detail", archive: "rar" },
};

/** The other branches of the sentences that choose by their params. */
const BRANCHES: IssueFinding[] = [
  { code: "unknown-layout", params: { layoutId: "L-plan", title: "L-计划表", confidence: 0.5, missing: "M-联系电话" } },
  { code: "unknown-layout", params: { layoutId: "L-plan" } },
  { code: "invalid-choice", params: { expected: "E-甲、乙", city: "C-湖州市" } },
  { code: "invalid-choice", params: { expected: "E-甲、乙", reason: "multiple" } },
  { code: "duplicate-row", params: { key: "K-学校名称", count: 7007 } },
  { code: "unreadable-file", params: { reason: "archive", archive: "7z" } },
  { code: "unreadable-file", params: { reason: "io-error", detail: "R-detail" } },
  { code: "not-submitted", params: {} },
  { code: "missing-value", params: {} },
];

const CASES: IssueFinding[] = [...ISSUE_CODES.map((code) => ({ code, params: ALL_PARAMS[code] }) as IssueFinding), ...BRANCHES];

/** The params of a finding that a sentence could show: its text and number values. */
function shownValues(found: IssueFinding): string[] {
  return Object.values(found.params ?? {}).map(String).filter((v) => /^[A-Z]-|^70\d\d$/.test(v));
}

const PARTS: Array<"codes" | "brief" | "expected"> = ["codes", "brief", "expected"];

describe.each(PARTS)("the issue messages' %s", (part) => {
  test.each(CASES.map((found) => [`${found.code} ${JSON.stringify(found.params)}`, found] as const))("%s: a param shown in one language is shown in the other", (_name, finding) => {
    const found = issueFrom(finding, { field: "联系电话", value: "V-12345" });
    const said = (texts: CodeTexts) => shownValues(finding).filter((v) => issueText(texts, found).includes(v));
    const zh = said(MESSAGE_TABLES["zh-CN"][part]);
    const en = said(MESSAGE_TABLES["en-US"][part]);
    expect(en).toEqual(zh);
    for (const locale of LOCALES) expect(issueText(MESSAGE_TABLES[locale][part], found)).not.toMatch(/undefined|\[object/);
  });
});
