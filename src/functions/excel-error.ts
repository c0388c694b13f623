import { RuleArgumentError, type RuleArgumentReason } from "../core/rules/rule-argument-error";
import { formatRuleMessage, type RuleLocale } from "../core/rules/rule-argument-messages";
import { textOf, type TextTable } from "../core/text/text-table";
import { displayLocale } from "../excel/display-locale";

/**
 * The one place where a rule's refusal becomes what Excel shows. Excel shows custom messages
 * only on `#VALUE!` and `#N/A`: a code or word that names nothing is `#N/A` (a lookup that found
 * nothing), every other bad argument is `#VALUE!`. Messages are Chinese, or English when Office's
 * display language is English (read from `Office.context`, which needs no Excel API call).
 */
const NOT_AVAILABLE: ReadonlySet<RuleArgumentReason> = new Set(["unknown-code"]);

const ARGUMENTS = ["range", "level", "code", "text", "count", "rate", "students", "computers", "stage"] as const;
type ArgumentName = (typeof ARGUMENTS)[number];

/** The functions' parameter names as a person reads them in the message, and the fallback's words. */
export const FUNCTION_TEXT: TextTable<`argument.${ArgumentName}` | "cannot-compute"> = {
  "zh-CN": {
    "argument.range": "所选区域",
    "argument.level": "等级",
    "argument.code": "代码",
    "argument.text": "文本",
    "argument.count": "数量",
    "argument.rate": "比例",
    "argument.students": "学生数",
    "argument.computers": "计算机数",
    "argument.stage": "学段",
    "cannot-compute": "无法计算：{detail}",
  },
  "en-US": {
    "argument.range": "The range",
    "argument.level": "The level",
    "argument.code": "The code",
    "argument.text": "The text",
    "argument.count": "The count",
    "argument.rate": "The rate",
    "argument.students": "The number of students",
    "argument.computers": "The number of computers",
    "argument.stage": "The school stage",
    "cannot-compute": "Cannot compute: {detail}",
  },
};

const isArgument = (argument: string): argument is ArgumentName => (ARGUMENTS as readonly string[]).includes(argument);

function label(argument: string, locale: RuleLocale): string {
  return isArgument(argument) ? textOf(FUNCTION_TEXT, locale, `argument.${argument}`) : argument;
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
  return excelError(CustomFunctions.ErrorCode.invalidValue, textOf(FUNCTION_TEXT, locale, "cannot-compute", { detail }));
}

/** Runs a wrapper's body, turning any failure into an Excel error. */
export function guarded<T>(body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (error) {
    return toExcelError(error);
  }
}
