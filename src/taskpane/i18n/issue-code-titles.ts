import type { IssueCode } from "../../core/model/issue";
import { textOf, type TextTable } from "../../core/text/text-table";
import type { PaneLocale } from "./locale";

/**
 * Short headings for a group of issues of one code (the 按问题类型 view). The full sentence of each
 * issue comes from the engine's message tables; these only name the kind.
 */
export const ISSUE_CODE_TITLES: TextTable<IssueCode> = {
  "zh-CN": {
    "missing-value": "必填项为空",
    "invalid-phone": "电话号码无效",
    "invalid-email": "电子邮箱无效",
    "invalid-postcode": "邮编无效",
    "invalid-number": "数值无效",
    "invalid-choice": "不在可选值内",
    "invalid-date": "日期无效",
    "normalized-value": "已规范化的值",
    "suspicious-value": "可疑的值",
    "duplicate-row": "重复行",
    "stage-regressed": "进展倒退",
    "superseded-file": "已由新文件替代",
    "quota-exceeded": "超出名额",
    "not-submitted": "未报送",
    "not-on-roster": "不在名单中",
    "unknown-layout": "未识别表样",
    "unreadable-file": "文件无法读取",
  },
  "en-US": {
    "missing-value": "Missing values",
    "invalid-phone": "Invalid phone numbers",
    "invalid-email": "Invalid e-mail addresses",
    "invalid-postcode": "Invalid postcodes",
    "invalid-number": "Invalid numbers",
    "invalid-choice": "Values not allowed",
    "invalid-date": "Invalid dates",
    "normalized-value": "Values rewritten",
    "suspicious-value": "Unlikely values",
    "duplicate-row": "Duplicate rows",
    "stage-regressed": "Stages gone back",
    "superseded-file": "Replaced by a newer file",
    "quota-exceeded": "Quota overruns",
    "not-submitted": "Not submitted",
    "not-on-roster": "Not on the roster",
    "unknown-layout": "Unknown layout",
    "unreadable-file": "Unreadable files",
  },
};

export function issueCodeTitle(code: IssueCode, locale: PaneLocale): string {
  return textOf(ISSUE_CODE_TITLES, locale, code);
}
