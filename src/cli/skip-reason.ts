import type { SkipReason } from "./input-files";
import type { Locale } from "./locale";
import { t } from "./text/translate";
import type { TextKey } from "./text/zh-CN";

/** Why a file or sheet was set aside: before reading (lock file, hidden, roster, this run's output) or after (no layout, another layout). */
export type SetAsideReason = SkipReason | "output" | "feedback" | "no-layout" | "other-layout";

const KEYS: Record<SetAsideReason, TextKey> = {
  "lock-file": "reason.lockFile",
  hidden: "reason.hidden",
  "not-spreadsheet": "reason.notSpreadsheet",
  roster: "reason.roster",
  "layout-file": "reason.layoutFile",
  output: "reason.output",
  feedback: "reason.feedback",
  "no-layout": "reason.unknownLayout",
  "other-layout": "reason.otherLayout",
};

export function skipReasonText(reason: SetAsideReason, locale: Locale, params: Record<string, string> = {}): string {
  return t(locale, KEYS[reason], params);
}
