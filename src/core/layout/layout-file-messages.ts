import type { Locale } from "../messages/format-issue";
import type { LayoutFault, LayoutProblem } from "./layout-file";
import type { LayoutRule } from "./schema";

/**
 * What is wrong with a layout file, in Chinese or English, naming the file, the JSON path and the
 * fault: `计划表.layout.json：$.fields[3].type：“phon”不是可用的取值，可用：text、integer…`.
 */

type RuleText = (p: Record<string, string>) => string;

const RULES: Record<Locale, Record<LayoutRule, RuleText>> = {
  "zh-CN": {
    "duplicate-field": (p) => `字段名“${p.name}”重复`,
    "unknown-field": (p) => `“${p.name}”不是本版式的字段（fields 中没有这个 name）`,
    "unknown-group": (p) => `“${p.name}”不是本版式的表头分组（groups 中没有这个 name）`,
    "no-choices": (p) => `选择型字段“${p.name}”没有给出可选值（choices）`,
    "unknown-info-key": (p) => `“${p.name}”不是信息行的项目（info 中没有这个 key）`,
    "needs-entry": (p) => `${p.kind} 版式必须有 ${p.entry}`,
    "indicator-numbers": (p) => `indicators.list 必须按 1…${p.count} 依次编号`,
    "quota-limit": () => "名额规则必须给出 limit（固定名额）或 table（名额分配表）",
    "duplicate-role": (p) => `role “${p.role}”已给了“${p.other}”，“${p.name}”不能再用（每种合计只对一列）`,
    "role-type": (p) => `“${p.name}”的 role 是 ${p.role}（参与合计），类型须是 integer 或 number，现在是 ${p.type}`,
  },
  "en-US": {
    "duplicate-field": (p) => `field name "${p.name}" appears twice`,
    "unknown-field": (p) => `"${p.name}" is not a field of this layout (no such name in fields)`,
    "unknown-group": (p) => `"${p.name}" is not a header group of this layout (no such name in groups)`,
    "no-choices": (p) => `choice field "${p.name}" lists no choices`,
    "unknown-info-key": (p) => `"${p.name}" is not an info-line key (no such key in info)`,
    "needs-entry": (p) => `a ${p.kind} layout needs ${p.entry}`,
    "indicator-numbers": (p) => `indicators.list must number 1…${p.count} in order`,
    "quota-limit": () => "a quota rule needs limit (a fixed quota) or table (a quota table)",
    "duplicate-role": (p) => `role "${p.role}" is already given to "${p.other}"; "${p.name}" cannot have it too (each total sums one column)`,
    "role-type": (p) => `"${p.name}" has role ${p.role} (summed in the totals), so its type must be integer or number, not ${p.type}`,
  },
};

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  "zh-CN": { string: "文字", number: "数字", boolean: "true 或 false", array: "列表 [ … ]", object: "对象 { … }", int: "整数" },
  "en-US": { string: "a text", number: "a number", boolean: "true or false", array: "a list [ … ]", object: "an object { … }", int: "a whole number" },
};

function faultText(fault: LayoutFault, locale: Locale): string {
  const zh = locale === "zh-CN";
  const type = (t: string) => TYPE_NAMES[locale][t] ?? t;
  switch (fault.code) {
    case "not-json": {
      const where = fault.line !== undefined ? (zh ? `第 ${fault.line} 行第 ${fault.column} 列` : `line ${fault.line}, column ${fault.column}`) : "";
      return zh ? `不是有效的 JSON${where ? `（${where}）` : ""}：${fault.detail}` : `not valid JSON${where ? ` (${where})` : ""}: ${fault.detail}`;
    }
    case "not-object":
      return zh ? "版式文件必须是一个 JSON 对象 { … }" : "a layout file must be one JSON object { … }";
    case "missing":
      return zh ? "缺少这一项" : "this entry is missing";
    case "wrong-type":
      return zh ? `应为${type(fault.expected)}，实际是 ${fault.value}` : `should be ${type(fault.expected)}, is ${fault.value}`;
    case "not-allowed":
      return zh ? `${fault.value} 不是可用的取值，可用：${fault.allowed.join("、")}` : `${fault.value} is not allowed; one of: ${fault.allowed.join(", ")}`;
    case "unknown-key":
      return zh ? `未知的项目：${fault.keys.join("、")}（拼写错误？）` : `unknown entry: ${fault.keys.join(", ")} (misspelt?)`;
    case "too-small":
      if (fault.what === "list") return zh ? `至少要有 ${fault.minimum} 项` : `needs at least ${fault.minimum} item(s)`;
      if (fault.what === "text") return zh ? "不能为空" : "must not be empty";
      return zh ? `${fault.value} 小于允许的最小值 ${fault.minimum}` : `${fault.value} is below the minimum ${fault.minimum}`;
    case "too-big":
      return zh ? `${fault.value} 大于允许的最大值 ${fault.maximum}` : `${fault.value} is above the maximum ${fault.maximum}`;
    case "bad-format":
      return zh ? `${fault.value} 格式不对（版式 id 只用小写字母、数字和连字符，如 ai-pilot-2026）` : `${fault.value} has the wrong form (a layout id is lower-case letters, digits and hyphens, e.g. ai-pilot-2026)`;
    case "rule":
      return RULES[locale][fault.rule]?.(fault.params) ?? fault.rule;
  }
}

/** One problem as a sentence naming the file, the JSON path and what is wrong. */
export function formatLayoutProblem(file: string, problem: LayoutProblem, locale: Locale = "zh-CN"): string {
  const text = faultText(problem.fault, locale);
  return locale === "zh-CN" ? `版式文件 ${file}：${problem.path}：${text}` : `layout file ${file}: ${problem.path}: ${text}`;
}
