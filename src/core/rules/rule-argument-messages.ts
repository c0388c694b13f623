import type { Locale } from "../text/locale";
import { textOf, type TextTable } from "../text/text-table";
import type { RuleArgumentError, RuleArgumentReason, RuleArgumentParams } from "./rule-argument-error";

export type RuleLocale = Locale;

/** Message templates per locale, keyed by reason; `{argument}` is the argument's name, the rest its params. */
export const RULE_ARGUMENT_MESSAGES: TextTable<RuleArgumentReason> = {
  "zh-CN": {
    "not-a-number": "{argument} 应为数字，实际为“{value}”",
    negative: "{argument} 不能为负数（{value}）",
    "not-whole": "{argument} 应为整数（{value}）",
    "out-of-range": "{argument} 应在 {min}–{max} 之间（{value}）",
    blank: "{argument} 不能为空",
    "unknown-code": "{argument} 没有对应的代码“{value}”（可用 {expected}）",
    "unknown-value": "{argument} 无法识别“{value}”（可用 {expected}）",
    "bad-shape": "{argument} 应为 {expected}，实际为 {rows} 行 × {columns} 列",
    "row-missing": "{argument} 第 {row} 行未标记等级",
    "row-multiple": "{argument} 第 {row} 行标记了多个等级",
    "row-invalid": "{argument} 第 {row} 行无法识别“{value}”",
    "stage-not-covered": "{argument}“{value}”不在本规则范围内（仅 {expected}）",
    "stage-mixed": "{argument}“{value}”跨多个学段，请按学段分别计算（{expected}）",
  },
  "en-US": {
    "not-a-number": "{argument} must be a number, got “{value}”",
    negative: "{argument} must not be negative ({value})",
    "not-whole": "{argument} must be a whole number ({value})",
    "out-of-range": "{argument} must be between {min} and {max} ({value})",
    blank: "{argument} must not be empty",
    "unknown-code": "{argument}: no such code “{value}” (use {expected})",
    "unknown-value": "{argument}: “{value}” is not recognised (use {expected})",
    "bad-shape": "{argument} must be {expected}, got {rows} rows × {columns} columns",
    "row-missing": "{argument}: row {row} has no level marked",
    "row-multiple": "{argument}: row {row} has several levels marked",
    "row-invalid": "{argument}: row {row} holds “{value}”, not a mark",
    "stage-not-covered": "{argument}: “{value}” is outside this rule (only {expected})",
    "stage-mixed": "{argument}: “{value}” spans several school stages; compute each stage apart ({expected})",
  },
};

export function formatRuleMessage(
  reason: RuleArgumentReason,
  argument: string,
  params: RuleArgumentParams,
  locale: RuleLocale = "zh-CN",
): string {
  return textOf(RULE_ARGUMENT_MESSAGES, locale, reason, { argument, ...params });
}

export function ruleArgumentMessage(error: RuleArgumentError, locale: RuleLocale = "zh-CN"): string {
  return formatRuleMessage(error.reason, error.argument, error.params, locale);
}
