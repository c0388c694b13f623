import { columnLetter } from "../messages/column-letter";
import { issueSentence, MESSAGE_TABLES, type Locale } from "../messages/format-issue";
import { issueText } from "../messages/message-table";
import type { LocatedIssue } from "../model/issue";

/** One line of a returned copy's 问题说明 sheet. */
export interface ProblemLine {
  sheet: string;
  /** `H7`, `第 7 行` for a row, `""` for the whole sheet or file. */
  cell: string;
  field: string;
  problem: string;
  expected: string;
  severity: string;
  /** The full sentence, for the cell's note. */
  note: string;
}

/** The issues of a file as the lines of its 问题说明 sheet, in the locale's words. */
export function problemLines(issues: readonly LocatedIssue[], locale: Locale = "zh-CN"): ProblemLine[] {
  const table = MESSAGE_TABLES[locale];
  return issues.map((found) => {
    const cell = found.row === undefined ? "" : found.column !== undefined ? `${columnLetter(found.column)}${found.row}` : table.location({ row: found.row });
    return {
      sheet: found.sheet ?? "",
      cell,
      field: found.field ?? "",
      problem: issueText(table.brief, found),
      expected: issueText(table.expected, found),
      severity: table.feedback.severity[found.severity],
      note: issueSentence(found, locale),
    };
  });
}
