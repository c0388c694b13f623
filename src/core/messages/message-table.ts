import type { IssueCode } from "../model/issue";

/** What a message may say: the issue's field and value, its params, and the location words. */
export type MessageArgs = Record<string, string | number | undefined> & { field?: string; value?: string };

/** One locale's sentences. Every code has one; the location and the expected forms are phrased here too. */
export interface MessageTable {
  codes: Record<IssueCode, (a: MessageArgs) => string>;
  /** `文件 a.xlsx，工作表 Sheet1，第 5 行 C 列` / `a.xlsx, sheet Sheet1, row 5, column C`. */
  /** Where an issue is; `table`: the sheet is a table of a Word document. */
  location: (parts: { path?: string; sheet?: string; row?: number; column?: string; table?: boolean }) => string;
  /** Joins the location and the sentence. */
  join: (location: string, sentence: string) => string;
}
