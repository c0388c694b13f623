import type { Issue, IssueCode, IssueOf, IssueParams } from "../model/issue";

/** What the message of an issue of code `C` may say: its field and value, and its params. */
export type MessageArgs<C extends IssueCode = IssueCode> = Partial<IssueParams<C>> & { field?: string; value?: string };

/** One phrase per code, each reading that code's params. */
export type CodeTexts = { readonly [C in IssueCode]: (a: MessageArgs<C>) => string };

/** The phrase of `texts` for an issue, given its params, field and value. */
export function codeText<C extends IssueCode>(texts: CodeTexts, found: IssueOf<C>): string {
  const say: (a: MessageArgs<C>) => string = texts[found.code];
  return say(Object.assign({}, found.params, { field: found.field, value: found.value }));
}

/** The same for any issue. */
export const issueText = (texts: CodeTexts, found: Issue): string => codeText(texts, found);

/** The words of a feedback message to a school (the text staff paste into 钉钉 / 企业微信 / SMS). */
export interface FeedbackWords {
  /** Opening: the school, the notice, the file and how many problems; `due` already phrased or absent. */
  intro: (a: { school: string; title: string; file: string; count: number; due?: string }) => string;
  /** One problem: `第 5 行 联系电话：号码少一位`. */
  item: (a: { sheet?: string; row?: number; field?: string; brief: string }) => string;
  /** The last line when the rest did not fit: `……另有 3 处问题，见退回文件`. */
  more: (count: number) => string;
  /** A layout's due date (`2025-04-01`) or monthly day (14), phrased. */
  due: (a: { date?: string; dayOfMonth?: number }) => string | undefined;
  /** Column headers of the copy's 问题说明 sheet, and its title. */
  /** Heading of the roster entries that sent nothing, after the messages. */
  missingHeading: (count: number) => string;
  sheetTitle: (a: { school: string; title: string; count: number }) => string;
  sheetHeader: readonly [number: string, sheet: string, cell: string, field: string, problem: string, expected: string, severity: string];
  severity: Record<"error" | "warning", string>;
}

/** One locale's sentences. Every code has one; the location and the expected forms are phrased here too. */
export interface MessageTable {
  codes: CodeTexts;
  /**
   * What is wrong, in a few words and without field or location (`号码少一位`): for the feedback
   * message and the copy's 问题说明, where the row and the field are said apart.
   */
  brief: CodeTexts;
  /** What is expected instead (`11 位手机号…`); `""` when there is nothing to add. */
  expected: CodeTexts;
  feedback: FeedbackWords;
  /** `文件 a.xlsx，工作表 Sheet1，第 5 行 C 列` / `a.xlsx, sheet Sheet1, row 5, column C`. */
  /** Where an issue is; `table`: the sheet is a table of a Word document. */
  location: (parts: { path?: string; sheet?: string; row?: number; column?: string; table?: boolean }) => string;
  /** Joins the location and the sentence. */
  join: (location: string, sentence: string) => string;
}
