import type { MessageArgs, MessageTable } from "./message-table";

const f = (a: MessageArgs) => (a.field ? `“${a.field}”` : "");
const v = (a: MessageArgs) => (a.value !== undefined && a.value !== "" ? `“${a.value}”` : "（空）");
const range = (a: MessageArgs) =>
  a.min !== undefined && a.max !== undefined ? `${a.min}–${a.max} 的` : a.min !== undefined ? `不小于 ${a.min} 的` : a.max !== undefined ? `不大于 ${a.max} 的` : "";
const NUMBER_REASON: Record<string, string> = {
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
const UNREADABLE_REASON: Record<string, (a: MessageArgs) => string> = {
  empty: () => "文件是空的，没有可读取的内容",
  encrypted: () => "文件设置了打开密码，无法读取；请取消密码后重新报送",
  corrupt: () => "文件已损坏或不完整，无法读取；请重新保存或重新发送",
  "too-large": (a) => `文件超出读取上限${a.limit ? `（${a.limit}）` : ""}，未读取`,
  "not-spreadsheet": () => "文件不是电子表格（支持 .xlsx、.xls、.ods、.csv），无法读取",
  "not-found": () => "文件不存在",
  "is-directory": () => "这是一个文件夹，不是文件",
  "no-access": () => "没有读取该文件的权限",
};

export const zhCN: MessageTable = {
  location: ({ path, sheet, row, column }) =>
    [path && `文件 ${path}`, sheet && `工作表 ${sheet}`, row !== undefined && `第 ${row} 行${column ? ` ${column} 列` : ""}`].filter(Boolean).join("，"),
  join: (location, sentence) => (location ? `${location}：${sentence}` : sentence),
  codes: {
    "missing-value": (a) => (a.scope === "column" ? `缺少必填列${f(a)}` : `必填项${f(a)}未填写`),
    "invalid-phone": (a) => `${f(a)}${v(a)}${a.part && a.part !== a.value ? `中的“${a.part}”` : ""}不是有效的电话号码（应为 11 位手机号，或区号加 7–8 位座机号，如 0572-2345678）`,
    "invalid-email": (a) => `${f(a)}${v(a)}${a.part && a.part !== a.value ? `中的“${a.part}”` : ""}不是有效的电子邮箱（应如 name@example.com）`,
    "invalid-postcode": (a) => `${f(a)}${v(a)}不是有效的邮政编码（应为 6 位数字）`,
    "invalid-date": (a) => `${f(a)}${v(a)}不是有效的日期（应如 2026-03-15 或 2026年3月15日）`,
    "invalid-number": (a) =>
      `${f(a)}${v(a)}${NUMBER_REASON[String(a.reason)] ?? "不是有效的数字"}（应为${range(a)}${a.type === "integer" ? "整数" : "数字"}${a.unit ? `，单位${a.unit}` : ""}）`,
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
    "quota-exceeded": (a) => `${a.scope ?? ""}${a.category ? `“${a.category}”` : ""}报送 ${a.count} 项，超过名额 ${a.limit} 项`,
    "not-submitted": (a) => `${v(a)}未报送${a.suggestion ? `（是否为“${a.suggestion}”？）` : ""}`,
    "not-on-roster": (a) => `${v(a)}不在名单中${a.suggestion ? `（是否为“${a.suggestion}”？）` : ""}`,
    "unknown-layout": (a) =>
      a.layoutId
        ? `无法识别表格格式：最接近“${a.title ?? a.layoutId}”，但缺少${a.missing ? `列 ${a.missing}` : "必要的列"}`
        : "无法识别表格格式（不是已知的汇总表）",
    "unreadable-file": (a) => UNREADABLE_REASON[String(a.reason)]?.(a) ?? `文件无法读取${a.detail ? `（${a.detail}）` : ""}`,
  },
};
