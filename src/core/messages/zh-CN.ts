import { mobileDigitsOff } from "../rules/phone";
import type { NumberReason, UnreadableReason } from "../model/issue";
import type { MessageArgs, MessageTable } from "./message-table";

const f = (a: MessageArgs) => (a.field ? `“${a.field}”` : "");
const v = (a: MessageArgs) => (a.value !== undefined && a.value !== "" ? `“${a.value}”` : "（空）");
const range = (a: { min?: number; max?: number }) =>
  a.min !== undefined && a.max !== undefined ? `${a.min}–${a.max} 的` : a.min !== undefined ? `不小于 ${a.min} 的` : a.max !== undefined ? `不大于 ${a.max} 的` : "";
const NUMBER_REASON: Record<NumberReason, string> = {
  "not-a-number": "不是数字",
  "not-whole": "不是整数",
  negative: "是负数",
  "below-min": "小于允许的最小值",
  "above-max": "大于允许的最大值",
};

/**
 * Why a file could not be read (`unreadable-file`, `params.reason`): the reader's reasons, then the
 * file system's (a file the CLI could not open). An unknown reason shows the detail, if any.
 */
/** Archives the reader does not open (`params.archive` of the reason `archive`). */
const ARCHIVE: Record<string, string> = {
  rar: "RAR 压缩包无法直接读取",
  "7z": "7z 压缩包无法直接读取",
  encrypted: "压缩包中的文件设置了解压密码，无法读取",
  nested: "压缩包中套有多层压缩包，无法读取",
  method: "压缩包中的文件使用了不支持的压缩方式，无法读取",
};

const UNREADABLE_REASON: Partial<Record<UnreadableReason, (a: MessageArgs<"unreadable-file">) => string>> = {
  empty: () => "文件是空的，没有可读取的内容",
  encrypted: () => "文件设置了打开密码，无法读取；请取消密码后重新报送",
  corrupt: () => "文件已损坏或不完整，无法读取；请重新保存或重新发送",
  "too-large": (a) => `文件超出读取上限${a.limit ? `（${a.limit}）` : ""}，未读取`,
  "not-spreadsheet": () => "文件不是电子表格或 Word 文档（支持 .xlsx、.xls、.ods、.csv、.docx 及其 .zip 压缩包），无法读取",
  "word-97": () => "Word 97–2003 文档，请另存为 .docx 后重新报送",
  archive: (a) => `${ARCHIVE[String(a.archive)] ?? "压缩包无法直接读取"}，请解压后再汇总`,
  "not-found": () => "文件不存在",
  "is-directory": () => "这是一个文件夹，不是文件",
  "no-access": () => "没有读取该文件的权限",
};

const CN_DIGITS = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九"];
const digitsText = (n: number) => CN_DIGITS[n] ?? String(n);

/** `2025-04-01` → `2025年4月1日`. */
const dateText = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
};

export const zhCN: MessageTable = {
  location: ({ path, sheet, row, column, table }) => {
    const at = row !== undefined && `第 ${row} 行${column ? ` ${column} 列` : ""}`;
    if (table) return [path, sheet, at].filter(Boolean).join(" › ");
    return [path && `文件 ${path}`, sheet && `工作表 ${sheet}`, at].filter(Boolean).join("，");
  },
  join: (location, sentence) => (location ? `${location}：${sentence}` : sentence),
  codes: {
    "missing-value": (a) => (a.scope === "column" ? `缺少必填列${f(a)}` : `必填项${f(a)}未填写`),
    "invalid-phone": (a) => `${f(a)}${v(a)}${a.part && a.part !== a.value ? `中的“${a.part}”` : ""}不是有效的电话号码（应为 11 位手机号，或区号加 7–8 位座机号，如 0572-2345678）`,
    "invalid-email": (a) => `${f(a)}${v(a)}${a.part && a.part !== a.value ? `中的“${a.part}”` : ""}不是有效的电子邮箱（应如 name@example.com）`,
    "invalid-postcode": (a) => `${f(a)}${v(a)}不是有效的邮政编码（应为 6 位数字）`,
    "invalid-date": (a) => `${f(a)}${v(a)}不是有效的日期（应如 2026-03-15 或 2026年3月15日）`,
    "invalid-number": (a) =>
      `${f(a)}${v(a)}${(a.reason && NUMBER_REASON[a.reason]) ?? "不是有效的数字"}（应为${range(a)}${a.type === "integer" ? "整数" : "数字"}）`,
    "invalid-choice": (a) =>
      a.min !== undefined && a.count !== undefined
        ? `${f(a)}只勾选了 ${a.count} 项，至少应勾选 ${a.min} 项（${a.expected}）`
        : a.reason === "multiple"
          ? `${f(a)}${v(a)}选了多个等级，应只选一个（${a.expected}）`
          : `${f(a)}${v(a)}不是允许的值${a.city ? `（不是${a.city}的区县）` : ""}${a.expected ? `，应为：${a.expected}` : ""}`,
    "normalized-value": (a) => `${f(a)}${v(a)}已按“${a.to}”处理`,
    "suspicious-value": (a) => `${f(a)}${v(a)}超过 ${a.limit}${a.unit ?? ""}，可能按“元”填写，请核对单位`,
    "duplicate-row": (a) =>
      a.firstRow !== undefined ? `${a.key ?? f(a)} ${v(a)}与第 ${a.firstRow} 行重复` : `${a.key ?? f(a)} ${v(a)}重复出现 ${a.count ?? ""} 次`,
    "stage-regressed": (a) =>
      `${a.school ? `“${a.school}”` : "该校"}的${f(a) || "进展"}从 ${a.earlierStage}（${a.earlierPeriod ?? "上期"}）退回到 ${a.stage}（${a.period ?? "本期"}）`,
    "superseded-file": (a) =>
      `${a.school ? `“${a.school}”` : "该校"}的数据取自较新的文件“${a.file}”，较早的文件“${a.earlierFile}”中的 ${a.count ?? ""} 行未汇总`,
    "quota-exceeded": (a) => `${a.scope ?? ""}${a.category ? `“${a.category}”` : ""}报送 ${a.count} 项，超过名额 ${a.limit} 项`,
    "not-submitted": (a) => `${v(a)}未报送${a.suggestion ? `（是否为“${a.suggestion}”？）` : ""}`,
    "not-on-roster": (a) => `${v(a)}不在名单中${a.suggestion ? `（是否为“${a.suggestion}”？）` : ""}`,
    "unknown-layout": (a) =>
      a.reason === "no-table"
        ? "Word 文档中没有表格，无法识别表格格式"
        : a.layoutId
        ? `无法识别表格格式：最接近“${a.title ?? a.layoutId}”，但缺少${a.missing ? `列 ${a.missing}` : "必要的列"}`
        : "无法识别表格格式（不是已知的汇总表）",
    "unreadable-file": (a) => (a.reason && UNREADABLE_REASON[a.reason]?.(a)) ?? `文件无法读取${a.detail ? `（${a.detail}）` : ""}`,
  },
  brief: {
    "missing-value": (a) => (a.scope === "column" ? "缺少这一列" : "未填写"),
    "invalid-phone": (a) => {
      const off = mobileDigitsOff(a.part ?? a.value);
      return off === undefined ? `${v(a)}不是有效的电话号码` : off < 0 ? `号码少${digitsText(-off)}位` : `号码多${digitsText(off)}位`;
    },
    "invalid-email": (a) => `${v(a)}不是有效的邮箱`,
    "invalid-postcode": (a) => `${v(a)}不是 6 位数字`,
    "invalid-date": (a) => `${v(a)}不是有效的日期`,
    "invalid-number": (a) => `${v(a)}${(a.reason && NUMBER_REASON[a.reason]) ?? "不是有效的数字"}`,
    "invalid-choice": (a) =>
      a.min !== undefined && a.count !== undefined ? `只勾选了 ${a.count} 项` : a.reason === "multiple" ? "选了多个等级" : `${v(a)}不是可选的值`,
    "normalized-value": (a) => `${v(a)}已按“${a.to}”处理`,
    "suspicious-value": (a) => `${v(a)}超过 ${a.limit}${a.unit ?? ""}，请核对单位`,
    "duplicate-row": (a) => (a.firstRow !== undefined ? `与第 ${a.firstRow} 行重复` : `${v(a)}重复出现`),
    "stage-regressed": (a) => `进展从 ${a.earlierStage} 退回到 ${a.stage}`,
    "superseded-file": (a) => `已由“${a.file}”替代`,
    "quota-exceeded": (a) => `报送 ${a.count} 项，超过名额 ${a.limit} 项`,
    "not-submitted": () => "未报送",
    "not-on-roster": (a) => `${v(a)}不在名单中`,
    "unknown-layout": () => "表格格式无法识别",
    "unreadable-file": (a) => (a.reason && UNREADABLE_REASON[a.reason]?.(a)) ?? "文件无法读取",
  },
  expected: {
    "missing-value": (a) => (a.scope === "column" ? "按通知的模板补上这一列" : "填写此项"),
    "invalid-phone": () => "11 位手机号，或区号加 7–8 位座机号，如 0572-2345678",
    "invalid-email": () => "如 name@example.com",
    "invalid-postcode": () => "6 位数字",
    "invalid-date": () => "如 2026-03-15 或 2026年3月15日",
    "invalid-number": (a) => `${range(a)}${a.type === "integer" ? "整数" : "数字"}`,
    "invalid-choice": (a) =>
      a.min !== undefined && a.count !== undefined ? `至少勾选 ${a.min} 项（${a.expected}）` : a.reason === "multiple" ? `只选一个（${a.expected}）` : a.expected ? `${a.expected}` : "",
    "normalized-value": (a) => `“${a.to}”`,
    "suspicious-value": (a) => `以${a.unit ?? "万元"}为单位的金额`,
    "duplicate-row": () => "每项只填一行",
    "stage-regressed": (a) => `不低于 ${a.earlierStage}`,
    "superseded-file": () => "",
    "quota-exceeded": (a) => `不超过 ${a.limit} 项`,
    "not-submitted": () => "",
    "not-on-roster": (a) => (a.suggestion ? `名单上的名称，如“${a.suggestion}”` : "名单上的学校名称"),
    "unknown-layout": (a) => (a.layoutId ? `按《${a.title ?? a.layoutId}》的模板填写` : "按通知附件的模板填写"),
    "unreadable-file": () => "能打开的 .xlsx、.xls、.ods 或 .csv 文件，不设密码",
  },
  feedback: {
    intro: ({ school, title, file, count, due }) =>
      `${school}：你单位报送的《${title}》（${file}）有 ${count} 处问题，请修改后${due ? `于${due}前` : ""}重新报送：`,
    item: ({ sheet, row, field, brief }) => `${sheet ? `工作表“${sheet}” ` : ""}${row !== undefined ? `第 ${row} 行 ` : ""}${field ? `${field}：` : ""}${brief}`,
    more: (count) => `……另有 ${count} 处问题，见退回文件`,
    due: ({ date, dayOfMonth }) => (date ? dateText(date) : dayOfMonth !== undefined ? `每月 ${dayOfMonth} 日` : undefined),
    missingHeading: (count) => `未报送（${count} 所，无退回文件）：`,
    sheetTitle: ({ school, title, count }) => `${school}《${title}》问题说明（共 ${count} 处）`,
    sheetHeader: ["序号", "工作表", "单元格", "字段", "问题", "应为", "级别"],
    severity: { error: "错误", warning: "提示" },
  },
};
