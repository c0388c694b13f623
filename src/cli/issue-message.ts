import { formatIssue } from "../core/messages/format-issue";
import type { Issue } from "../core/model/issue";
import type { Locale } from "./locale";

/**
 * The engine's sentence for an issue, naming its file, sheet, row and column, in the run's language.
 * A file that cannot be read is worded there too, for the reader's reasons and the file system's.
 */
export function issueMessage(issue: Issue, locale: Locale, path?: string, sheet?: string, table?: boolean): string {
  return formatIssue(issue, locale, { path, sheet, ...(table !== undefined ? { table } : {}) });
}

/** The sentence alone, for a table whose other columns already say where. */
export function issueSentence(issue: Issue & { path?: string; sheet?: string }, locale: Locale): string {
  const { row: _row, column: _column, path: _path, sheet: _sheet, ...unlocated } = issue;
  return issueMessage(unlocated, locale);
}
