import type { Locale } from "../text/locale";
import type { TextParams } from "../text/fill";
import { textOf, type TextTable } from "../text/text-table";
import type { LayoutFault, LayoutProblem } from "./layout-file";
import type { LayoutRule } from "./schema";

/**
 * What is wrong with a layout file, in Chinese or English, naming the file, the JSON path and the
 * fault: `计划表.layout.json：$.fields[3].type：“phon”不是可用的取值，可用：text、integer…`.
 */

export const LAYOUT_RULE_TEXT: TextTable<LayoutRule> = {
  "zh-CN": {
    "duplicate-field": "字段名“{name}”重复",
    "unknown-field": "“{name}”不是本版式的字段（fields 中没有这个 name）",
    "unknown-group": "“{name}”不是本版式的表头分组（groups 中没有这个 name）",
    "no-choices": "选择型字段“{name}”没有给出可选值（choices）",
    "unknown-info-key": "“{name}”不是信息行的项目（info 中没有这个 key）",
    "needs-entry": "{kind} 版式必须有 {entry}",
    "indicator-numbers": "indicators.list 必须按 1…{count} 依次编号",
    "quota-limit": "名额规则必须给出 limit（固定名额）或 table（名额分配表）",
    "duplicate-role": "role “{role}”已给了“{other}”，“{name}”不能再用（每种合计只对一列）",
    "role-type": "“{name}”的 role 是 {role}（参与合计），类型须是 integer 或 number，现在是 {type}",
  },
  "en-US": {
    "duplicate-field": "field name \"{name}\" appears twice",
    "unknown-field": "\"{name}\" is not a field of this layout (no such name in fields)",
    "unknown-group": "\"{name}\" is not a header group of this layout (no such name in groups)",
    "no-choices": "choice field \"{name}\" lists no choices",
    "unknown-info-key": "\"{name}\" is not an info-line key (no such key in info)",
    "needs-entry": "a {kind} layout needs {entry}",
    "indicator-numbers": "indicators.list must number 1…{count} in order",
    "quota-limit": "a quota rule needs limit (a fixed quota) or table (a quota table)",
    "duplicate-role": 'role "{role}" is already given to "{other}"; "{name}" cannot have it too (each total sums one column)',
    "role-type": '"{name}" has role {role} (summed in the totals), so its type must be integer or number, not {type}',
  },
};

const TYPES = ["string", "number", "boolean", "array", "object", "int"] as const;
type TypeName = (typeof TYPES)[number];
const isTypeName = (t: string): t is TypeName => (TYPES as readonly string[]).includes(t);

type LayoutFileKey =
  | "problem"
  | "not-json"
  | "not-json.at"
  | "not-object"
  | "missing"
  | "wrong-type"
  | "not-allowed"
  | "unknown-key"
  | "too-small"
  | "too-small.list"
  | "too-small.text"
  | "too-big"
  | "bad-format"
  | "separator"
  | `type.${TypeName}`;

/** What a fault is, per kind (`{expected}` is a `type.*` text, lists are joined with `separator`). */
export const LAYOUT_FILE_TEXT: TextTable<LayoutFileKey> = {
  "zh-CN": {
    problem: "版式文件 {file}：{path}：{text}",
    "not-json": "不是有效的 JSON：{detail}",
    "not-json.at": "不是有效的 JSON（第 {line} 行第 {column} 列）：{detail}",
    "not-object": "版式文件必须是一个 JSON 对象 { … }",
    missing: "缺少这一项",
    "wrong-type": "应为{expected}，实际是 {value}",
    "not-allowed": "{value} 不是可用的取值，可用：{allowed}",
    "unknown-key": "未知的项目：{keys}（拼写错误？）",
    "too-small": "{value} 小于允许的最小值 {minimum}",
    "too-small.list": "至少要有 {minimum} 项",
    "too-small.text": "不能为空",
    "too-big": "{value} 大于允许的最大值 {maximum}",
    "bad-format": "{value} 格式不对（版式 id 只用小写字母、数字和连字符，如 ai-pilot-2026）",
    separator: "、",
    "type.string": "文字",
    "type.number": "数字",
    "type.boolean": "true 或 false",
    "type.array": "列表 [ … ]",
    "type.object": "对象 { … }",
    "type.int": "整数",
  },
  "en-US": {
    problem: "layout file {file}: {path}: {text}",
    "not-json": "not valid JSON: {detail}",
    "not-json.at": "not valid JSON (line {line}, column {column}): {detail}",
    "not-object": "a layout file must be one JSON object { … }",
    missing: "this entry is missing",
    "wrong-type": "should be {expected}, is {value}",
    "not-allowed": "{value} is not allowed; one of: {allowed}",
    "unknown-key": "unknown entry: {keys} (misspelt?)",
    "too-small": "{value} is below the minimum {minimum}",
    "too-small.list": "needs at least {minimum} item(s)",
    "too-small.text": "must not be empty",
    "too-big": "{value} is above the maximum {maximum}",
    "bad-format": "{value} has the wrong form (a layout id is lower-case letters, digits and hyphens, e.g. ai-pilot-2026)",
    separator: ", ",
    "type.string": "a text",
    "type.number": "a number",
    "type.boolean": "true or false",
    "type.array": "a list [ … ]",
    "type.object": "an object { … }",
    "type.int": "a whole number",
  },
};

function faultText(fault: LayoutFault, locale: Locale): string {
  const say = (key: LayoutFileKey, params?: TextParams) => textOf(LAYOUT_FILE_TEXT, locale, key, params);
  const list = (items: readonly string[]) => items.join(say("separator"));
  switch (fault.code) {
    case "not-json":
      return fault.line !== undefined ? say("not-json.at", { line: fault.line, column: fault.column, detail: fault.detail }) : say("not-json", { detail: fault.detail });
    case "not-object":
    case "missing":
    case "bad-format":
    case "too-big":
      return say(fault.code, fault);
    case "wrong-type":
      return say("wrong-type", { expected: isTypeName(fault.expected) ? say(`type.${fault.expected}`) : fault.expected, value: fault.value });
    case "not-allowed":
      return say("not-allowed", { value: fault.value, allowed: list(fault.allowed) });
    case "unknown-key":
      return say("unknown-key", { keys: list(fault.keys) });
    case "too-small":
      return say(fault.what === "list" ? "too-small.list" : fault.what === "text" ? "too-small.text" : "too-small", fault);
    case "rule":
      return LAYOUT_RULE_TEXT[locale][fault.rule] !== undefined ? textOf(LAYOUT_RULE_TEXT, locale, fault.rule, fault.params) : fault.rule;
  }
}

/** One problem as a sentence naming the file, the JSON path and what is wrong. */
export function formatLayoutProblem(file: string, problem: LayoutProblem, locale: Locale = "zh-CN"): string {
  return textOf(LAYOUT_FILE_TEXT, locale, "problem", { file, path: problem.path, text: faultText(problem.fault, locale) });
}
