import type { SkipReason } from "../model/record";
import type { Locale } from "../text/locale";
import { textOf, type TextTable } from "../text/text-table";

/** What a skipped row is, per locale, for the roll-up's 文件 and 统计 sheets and the CLI summary. */
export const SKIP_REASON_TEXT: TextTable<SkipReason> = {
  "zh-CN": {
    blank: "空行",
    placeholder: "占位行",
    note: "注释行",
    template: "空白模板行",
    subtotal: "小计/合计行",
    example: "示例行",
    instruction: "填写说明行",
  },
  "en-US": {
    blank: "blank",
    placeholder: "placeholder",
    note: "note",
    template: "empty template row",
    subtotal: "subtotal/total",
    example: "example row",
    instruction: "instructions",
  },
};

/** `小计/合计行 2、示例行 1` — the counts of skipped rows by reason, in a fixed order; "" when none. */
export function skippedRowsText(counts: Partial<Record<SkipReason, number>> | undefined, locale: Locale = "zh-CN"): string {
  if (!counts) return "";
  const order: SkipReason[] = ["subtotal", "example", "instruction", "note", "placeholder", "template", "blank"];
  const parts = order.filter((r) => (counts[r] ?? 0) > 0).map((r) => `${textOf(SKIP_REASON_TEXT, locale, r)} ${counts[r]}`);
  return parts.join(locale === "zh-CN" ? "、" : ", ");
}
