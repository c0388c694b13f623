import { formatIssue } from "../core/messages/format-issue";
import type { Issue } from "../core/model/issue";
import type { ReadFailureReason } from "../io/read";
import { failureMessage } from "../io/read/read-messages";
import type { Locale } from "./locale";
import { t } from "./text/translate";
import type { TextKey } from "./text/zh-CN";

/** Reasons the CLI itself gives when the file system refuses a file (see analyze-file.ts). */
const FILE_SYSTEM_REASONS: Record<string, TextKey> = {
  "not-found": "reason.notFound",
  "is-directory": "reason.isDirectory",
  "no-access": "reason.noAccess",
};

const READ_FAILURES: ReadonlySet<string> = new Set<ReadFailureReason>(["empty", "encrypted", "corrupt", "too-large", "not-spreadsheet"]);

/**
 * Why a file could not be read, as a person needs it: the reader's own sentence for its reasons
 * (`文件“a.xlsx”已损坏或不完整…`), the CLI's for the file system's.
 */
function unreadableSentence(issue: Issue, locale: Locale): string | undefined {
  const reason = String(issue.params?.reason ?? "");
  const file = String(issue.value ?? issue.params?.file ?? "");
  if (reason in FILE_SYSTEM_REASONS) return `${file}：${t(locale, FILE_SYSTEM_REASONS[reason])}`;
  if (READ_FAILURES.has(reason)) {
    const text = failureMessage(reason as ReadFailureReason, { file, limit: issue.params?.limit ?? "" });
    return locale === "zh-CN" ? text.zh : text.en;
  }
  return undefined;
}

/** The engine's sentence for an issue, naming its file, sheet, row and column, in the run's language. */
export function issueMessage(issue: Issue, locale: Locale, path?: string, sheet?: string): string {
  if (issue.code === "unreadable-file") {
    const sentence = unreadableSentence(issue, locale);
    if (sentence) return sentence;
  }
  return formatIssue(issue, locale, { path, sheet });
}

/** The sentence alone, for a table whose other columns already say where. */
export function issueSentence(issue: Issue & { path?: string; sheet?: string }, locale: Locale): string {
  const { row: _row, column: _column, path: _path, sheet: _sheet, ...unlocated } = issue;
  return issueMessage(unlocated, locale);
}
