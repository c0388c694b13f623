import { issueText } from "../messages/message-table";
import type { Layout } from "../layout/schema";
import { MESSAGE_TABLES, type Locale } from "../messages/format-issue";
import { baseName } from "../rollup/period";
import type { FeedbackFile } from "./feedback-files";

/** What staff paste into 钉钉 / 企业微信 / an SMS: at most this many characters. */
export const MESSAGE_LIMIT = 500;

/**
 * The short text that goes back to a school with its file: the school, the notice, the file, the
 * number of problems and each one (`第 5 行 联系电话：号码少一位`), the due date when the layout has
 * one. At most `MESSAGE_LIMIT` characters: problems that do not fit are counted in a last line
 * that points to the returned file. `layout` is the notice's layout (its title and due date).
 */
export function schoolMessage(file: FeedbackFile, layout: Layout | undefined, locale: Locale = "zh-CN", limit = MESSAGE_LIMIT): string {
  const table = MESSAGE_TABLES[locale];
  const words = table.feedback;
  const due = layout ? words.due({ date: layout.due, dayOfMonth: layout.dueDayOfMonth }) : undefined;
  const intro = words.intro({ school: file.school, title: layout?.title ?? file.layout ?? "", file: baseName(file.path), count: file.issues.length, ...(due ? { due } : {}) });
  const severalSheets = new Set(file.issues.map((i) => i.sheet ?? "")).size > 1;
  const items = file.issues.map(
    (found, n) =>
      `${n + 1}. ${words.item({
        ...(severalSheets && found.sheet ? { sheet: found.sheet } : {}),
        ...(found.row !== undefined ? { row: found.row } : {}),
        ...(found.field ? { field: found.field } : {}),
        brief: issueText(table.brief, found),
      })}`,
  );
  const lines = [intro];
  let length = intro.length;
  for (let n = 0; n < items.length; n++) {
    const rest = items.length - n - 1;
    // Room for this item, and for the "and N more" line should any come after it.
    const tail = rest > 0 ? 1 + words.more(rest).length : 0;
    if (length + 1 + items[n].length + tail > limit) {
      const more = words.more(items.length - n);
      if (length + 1 + more.length <= limit) lines.push(more);
      break;
    }
    lines.push(items[n]);
    length += 1 + items[n].length;
  }
  return lines.join("\n").slice(0, limit);
}
