import type { Issue, LocatedIssue } from "../model/issue";
import { columnLetter } from "./column-letter";
import { enUS } from "./en-US";
import { issueText, type MessageTable } from "./message-table";
import { zhCN } from "./zh-CN";
import type { Locale } from "../text/locale";

export type { Locale };

export const MESSAGE_TABLES: Record<Locale, MessageTable> = { "zh-CN": zhCN, "en-US": enUS };

/**
 * The sentence for an issue in a locale, naming file, sheet, row, column letter, field, value and
 * the expected form: `文件 a.xlsx，工作表 Sheet1，第 5 行 H 列：“联系电话”“12345”不是有效的电话号码（…）`.
 * File and sheet come from `where` or from a located issue. A Word table is located as
 * `某校.docx › 表格1 › 第 5 行 C 列`.
 */
export function formatIssue(issue: LocatedIssue, locale: Locale = "zh-CN", where: { path?: string; sheet?: string; table?: boolean } = {}): string {
  const table = MESSAGE_TABLES[locale] ?? zhCN;
  const path = where.path ?? issue.path;
  const sheet = where.sheet ?? issue.sheet;
  const column = issue.column !== undefined ? columnLetter(issue.column) : undefined;
  const location = table.location({ path, sheet, row: issue.row, column, table: where.table ?? issue.table === true });
  return table.join(location, issueSentence(issue, locale));
}

/**
 * The issue's sentence alone, without file, sheet, row and column: for lists that show the
 * location in columns of their own (the roll-up's `问题清单`).
 */
export function issueSentence(issue: Issue, locale: Locale = "zh-CN"): string {
  const table = MESSAGE_TABLES[locale] ?? zhCN;
  return issueText(table.codes, issue);
}
