import type { FieldInput } from "../layout/schema";
import { PHONE_SUB_COLUMNS } from "../layouts/common-fields";
import { SCHOOL_TYPE_CHOICES } from "../rules/school-stage";

/**
 * What a column's header says about its values, read as a staffer reads it: the words of the header
 * (after NFKC, spaces removed) decide the field's type. One rule per line, first match wins; each
 * rule names why, for the learned table's `why` column.
 */
export type WordReason =
  | "serial"
  | "contact"
  | "email"
  | "postcode"
  | "phone"
  | "district"
  | "school-type"
  | "stage"
  | "date"
  | "money"
  | "percent"
  | "count"
  | "name"
  | "remark"
  | "plain";

export interface WordRule {
  reason: WordReason;
  test: (key: string, base: string) => boolean;
  /** The field's entries this rule gives (type, min, unit …); the header's unit fills `unit`. */
  field: (key: string) => Partial<FieldInput>;
}

const has = (...words: string[]) => (key: string) => words.some((w) => key.includes(w));

/** A unit in the header's brackets: `预算金额(万元)` → `万元`, `设备数量(台)` → `台`. */
export function bracketUnit(key: string): string | undefined {
  const m = /\(([^()]{1,4})\)/.exec(key);
  return m && /^(万元|元|个|台|间|套|人|名|所|次|节|件|项|学时|课时|小时|天|%)$/.test(m[1]) ? m[1] : undefined;
}

const DISTRICT_BASES = new Set(["区县", "县区", "所属区县", "所在区县", "区县名称", "县市区", "区", "县"]);
const EMAIL = has("邮箱", "电子邮件", "电邮", "email", "e-mail", "mail");
const PHONE = has("电话", "手机", "联系方式", "座机");

export const WORD_RULES: readonly WordRule[] = [
  { reason: "serial", test: (_k, base) => base === "序号" || base === "编号", field: () => ({ ignoredOnInput: true }) },
  { reason: "contact", test: (k) => EMAIL(k) && PHONE(k), field: () => ({ type: "contact" }) },
  { reason: "email", test: EMAIL, field: () => ({ type: "email" }) },
  { reason: "postcode", test: has("邮编", "邮政编码"), field: () => ({ type: "postcode" }) },
  // A school may split a learned phone column into 手机 | 座机 as it splits the built-in ones.
  { reason: "phone", test: PHONE, field: () => ({ type: "phone", subColumns: [...PHONE_SUB_COLUMNS] }) },
  {
    reason: "district",
    test: (k, base) => DISTRICT_BASES.has(base) || /^(所属|所在)?(区\(县|县\(市|区县\(市)/.test(k),
    field: () => ({ type: "district" }),
  },
  { reason: "school-type", test: has("学校类型", "学段", "学校类别", "办学类型"), field: () => ({ type: "choice", choices: SCHOOL_TYPE_CHOICES.map((c) => ({ value: c.value, synonyms: [...c.synonyms] })) }) },
  { reason: "stage", test: has("工作进展", "进展情况", "建设进展", "进展阶段"), field: () => ({ type: "stage" }) },
  { reason: "date", test: has("日期", "时间"), field: () => ({ type: "date" }) },
  {
    reason: "money",
    test: (k) => has("金额", "经费", "预算", "资金", "投入", "投资", "费用", "(万元)", "(元)")(k),
    field: (k) => {
      const unit = bracketUnit(k) ?? (k.includes("万元") ? "万元" : k.includes("元") ? "元" : undefined);
      // A sum in 万元 over 10000 was almost surely typed in 元 (docs/DOMAIN.md#huzhou-space-plan, 预算金额).
      return { type: "number", min: 0, ...(unit ? { unit } : {}), ...(unit === "万元" ? { suspiciousAbove: 10000 } : {}) };
    },
  },
  { reason: "percent", test: (k) => k.includes("(%)") || /(率|比例)(\(|$)/.test(k), field: () => ({ type: "number", min: 0, max: 100, unit: "%" }) },
  {
    reason: "count",
    test: (k, base) => /\((个|台|间|套|人|名|所|次|节|件|项|学时|课时)\)/.test(k) || /数量|人数|个数|台数|班级数|学时|课时/.test(k) || /[^分系指函]数$/.test(base),
    field: (k) => {
      const unit = bracketUnit(k);
      return { type: "integer", min: 0, ...(unit ? { unit } : {}) };
    },
  },
  { reason: "remark", test: (_k, base) => /^(备注|说明|附注|其他说明)/.test(base), field: () => ({}) },
  { reason: "name", test: (_k, base) => /名称|单位|学校|姓名|联系人|负责人|校长|教师$|申报人|填报人/.test(base), field: () => ({ collapseSpaces: true }) },
];

/** The rule a header key matches; `plain` text when none does. */
export function ruleForHeader(key: string, base: string): { reason: WordReason; field: Partial<FieldInput> } {
  for (const rule of WORD_RULES) if (rule.test(key, base)) return { reason: rule.reason, field: rule.field(key) };
  return { reason: "plain", field: {} };
}

/** Marks a template puts on a header: `*`/`（必填）` required, `（选填）` optional. Tested on the NFKC text. */
export const REQUIRED_MARK = /\*|※|\(必填\)|\(必填项\)/;
export const OPTIONAL_MARK = /\((选填|可选|非必填|如有|若有)\)/;
/** A header text without its required / optional marks, spaces and line breaks. */
export function headerName(text: string): string {
  return text
    .replace(/\s+/g, "")
    .replace(/[*※]/g, "")
    .replace(/[（(](必填|必填项|选填|可选|非必填|如有|若有)[)）]/g, "");
}

/**
 * The other ways a school writes a header of each kind (`电话` for `联系电话`), added as aliases of a
 * learned field so a school's variant of the header is still read; only for a kind that one
 * field of the table has (two phone columns would both claim `电话`).
 */
export const KIND_ALIASES: Partial<Record<WordReason, readonly string[]>> = {
  phone: ["联系电话", "电话", "手机", "联系方式", "手机号码"],
  email: ["电子邮箱", "邮箱", "email", "e-mail", "电子邮件"],
  postcode: ["邮编", "邮政编码"],
  district: ["区县", "县区", "区(县)", "区县(市)", "县(市、区)", "区(县、市)", "所属区县"],
  "school-type": ["学校类型", "类型", "学段", "学校类别"],
};

/** Aliases of a school-name column. */
export const SCHOOL_ALIASES: readonly string[] = ["学校名称", "学校", "学校全称", "单位名称", "申报学校"];

/** A group parent's role word (`试点工作负责人` → `负责人`), itself a spelling of the parent (`负责人姓名`). */
export function groupRole(parent: string): string | undefined {
  const m = /(负责人|联系人|填报人|申报人|校长|主任|教师)$/.exec(parent);
  return m && m[1] !== parent ? m[1] : undefined;
}

/** Labels of the info line's district (`区（县、市）：`) beyond what a template prints. */
export const DISTRICT_INFO_LABELS: readonly string[] = ["区(县)", "县区", "区县(市)", "县(市、区)", "区(县、市)", "所属区县"];
