import { RuleArgumentError, type RuleArgumentReason } from "../core/rules/rule-argument-error";
import { formatRuleMessage, type RuleLocale } from "../core/rules/rule-argument-messages";
import { displayLocale } from "../excel/display-locale";

/**
 * The one place where a rule's refusal becomes what Excel shows. Excel shows custom messages
 * only on `#VALUE!` and `#N/A`: a code or word that names nothing is `#N/A` (a lookup that found
 * nothing), every other bad argument is `#VALUE!`. Messages are Chinese, or English when Office's
 * display language is English (read from `Office.context`, which needs no Excel API call).
 */
const NOT_AVAILABLE: ReadonlySet<RuleArgumentReason> = new Set(["unknown-code"]);

/** The functions' parameter names as a person reads them in the message, per locale. */
const ARGUMENT_LABELS: Record<RuleLocale, Record<string, string>> = {
  "zh-CN": {
    range: "所选区域",
    level: "等级",
    code: "代码",
    text: "文本",
    count: "数量",
    rate: "比例",
    students: "学生数",
    computers: "计算机数",
    stage: "学段",
  },
  "en-US": {
    range: "The range",
    level: "The level",
    code: "The code",
    text: "The text",
    count: "The count",
    rate: "The rate",
    students: "The number of students",
    computers: "The number of computers",
    stage: "The school stage",
  },
};

const CANNOT_COMPUTE: Record<RuleLocale, string> = { "zh-CN": "无法计算：", "en-US": "Cannot compute: " };

function label(argument: string, locale: RuleLocale): string {
  return ARGUMENT_LABELS[locale][argument] ?? argument;
}

/** An Excel error with a message. */
export function excelError(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(code, message);
}

/** Maps anything a wrapper caught to an Excel error: never a throw, never a silent value. */
export function toExcelError(error: unknown, locale: RuleLocale = displayLocale()): CustomFunctions.Error {
  if (error instanceof RuleArgumentError) {
    const code = NOT_AVAILABLE.has(error.reason) ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return excelError(code, formatRuleMessage(error.reason, label(error.argument, locale), error.params, locale));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return excelError(CustomFunctions.ErrorCode.invalidValue, `${CANNOT_COMPUTE[locale]}${detail}`);
}

/** Runs a wrapper's body, turning any failure into an Excel error. */
export function guarded<T>(body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (error) {
    return toExcelError(error);
  }
}
