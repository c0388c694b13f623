import { RuleArgumentError, type RuleArgumentReason } from "../core/rules/rule-argument-error";
import { formatRuleMessage } from "../core/rules/rule-argument-messages";

/**
 * The one place where a rule's refusal becomes what Excel shows. Excel shows custom messages
 * only on `#VALUE!` and `#N/A`: a code or word that names nothing is `#N/A` (a lookup that found
 * nothing), every other bad argument is `#VALUE!`. Messages are Chinese, the product's locale.
 */
const NOT_AVAILABLE: ReadonlySet<RuleArgumentReason> = new Set(["unknown-code"]);

/** The functions' parameter names as a person reads them in the message. */
const ARGUMENT_LABELS: Record<string, string> = {
  range: "所选区域",
  level: "等级",
  code: "代码",
  text: "文本",
  count: "数量",
  rate: "比例",
  students: "学生数",
  computers: "计算机数",
  stage: "学段",
};

function label(argument: string): string {
  return ARGUMENT_LABELS[argument] ?? argument;
}

/** An Excel error with a Chinese message. */
export function excelError(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(code, message);
}

/** Maps anything a wrapper caught to an Excel error: never a throw, never a silent value. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof RuleArgumentError) {
    const code = NOT_AVAILABLE.has(error.reason) ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return excelError(code, formatRuleMessage(error.reason, label(error.argument), error.params));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return excelError(CustomFunctions.ErrorCode.invalidValue, `无法计算：${detail}`);
}

/** Runs a wrapper's body, turning any failure into an Excel error. */
export function guarded<T>(body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (error) {
    return toExcelError(error);
  }
}
