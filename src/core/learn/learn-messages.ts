import type { Locale } from "../text/locale";
import { textOf, type TextTable } from "../text/text-table";
import type { WordReason } from "./header-words";


export type NoteKey =
  | "title-missing"
  | "id-chosen"
  | "city-unknown"
  | "city-from-list"
  | "city-from-title"
  | "scope-unknown"
  | "school-unknown"
  | "quota"
  | "due"
  | "suspicious"
  | "min-one"
  | "required-marked"
  | "lists-other-format"
  | "sections"
  | "first-data-row"
  | "role-spaces-set"
  | "role-budget-set"
  | "roles-unset";

export type WhyKey = WordReason | "list" | "list-stage" | "list-school-type" | "list-district" | "required" | "required-mark" | "optional-mark" | "not-required" | "from-info" | "group" | "school" | "duplicate-key" | "role-spaces" | "role-budget";

/** The words of a learned layout's `why` column and notes; `{inUnit}` is `in-unit` filled, or nothing without a unit. */
export const LEARN_TEXT: TextTable<NoteKey | WhyKey | "in-unit"> = {
  "zh-CN": {
    "in-unit": "，单位{unit}",
    "title-missing": "模板中没有找到表名（标题行），title 取自工作表名，请改成通知中的表名",
    "id-chosen": "版式 id 自动取为 {id}，可用 --id 换成好记的名字（小写字母、数字、连字符）",
    "city-unknown": "没有看出所属设区市（city）：区县按全省核对；如是某市的通知，请加 \"city\"，或用 --city",
    "city-from-list": "所属设区市取为 {city}（区县下拉列表的取值）",
    "city-from-title": "所属设区市取为 {city}（见于表名）",
    "scope-unknown": "没有区县列，信息行也没有“区县：”，汇总时不按区县统计；如需要，请加 \"scope\"",
    "school-unknown": "没有找到学校（单位）名称列，请在 \"school\": { \"field\": … } 中写明哪一列是学校",
    quota: "名额（quota）无法从模板得知：通知如有名额分配（每区县、每功能区、每直属学校、每类别），请按 docs/LAYOUTS.md 加入 \"quota\"",
    due: "报送截止日期（due）无法从模板得知，请按通知加入，如 \"due\": \"2026-04-30\"",
    suspicious: "“可疑值”上限（suspiciousAbove）只对以万元计的金额取 10000，其他请按需要加入",
    "min-one": "数量列的下限取 0；如通知要求至少 1（如“拟建空间数量”），请把 \"min\" 改为 1",
    "required-marked": "模板用 * 或“（必填）”标出了必填列：只有这些列为必填",
    "lists-other-format": "下拉列表只能从 .xlsx 模板读出；这个文件的选项列请核对 choices",
    sections: "表格分为 {count} 段（{markers}），每行的“{field}”取自所在段",
    "first-data-row": "表头在第 {header} 行，数据从第 {first} 行起",
    "role-spaces-set": '“{field}”在汇总统计中按空间数量合计（"role": "spaces"）；如这一列不是空间的个数，请删去这一项',
    "role-budget-set": '“{field}”在汇总统计中按预算金额（万元）合计（"role": "budget"）；如不是预算，请删去这一项',
    "roles-unset": '这些数量或金额列在汇总统计中不合计：{fields}；如其中一列是空间数量或预算（万元），请给它加 "role": "spaces" 或 "role": "budget"',
    serial: "序号：读入时忽略，汇总时重新编号",
    contact: "表头含电话和邮箱：电话或邮箱（至少一个有效）",
    email: "表头含“邮箱”：电子邮箱",
    postcode: "表头含“邮编”：6 位邮政编码",
    phone: "表头含“电话/手机/联系方式”：电话号码",
    district: "表头是区县：本市的区县、功能区或市直属",
    "school-type": "表头含“学校类型/学段”：小学、初中、高中……之一",
    stage: "表头含“进展”：进展阶段代码 1–7（写文字会规范为代码）",
    date: "表头含“日期/时间”：日期",
    money: "表头是金额：≥ 0 的数{inUnit}",
    percent: "表头是比例：0–100 的数",
    count: "表头是数量：≥ 0 的整数{inUnit}",
    name: "名称：比较时去掉多余空格",
    remark: "备注/说明",
    plain: "文字",
    list: "模板有下拉列表：{values}",
    "list-stage": "模板的下拉列表是进展阶段代码 1–7",
    "list-school-type": "模板有下拉列表（学校类型）：{values}",
    "list-district": "模板有区县下拉列表（{count} 项）",
    required: "必填",
    "required-mark": "模板标为必填（* 或“必填”）",
    "optional-mark": "模板标为选填",
    "not-required": "非必填",
    "from-info": "空着时取信息行的“{key}：”",
    group: "在“{group}”之下（两行表头）",
    school: "学校（单位）名称列",
    "duplicate-key": "重复判定：{key}",
    "role-spaces": "统计中合计为空间数量",
    "role-budget": "统计中合计为预算金额（万元）",
  },
  "en-US": {
    "in-unit": ", in {unit}",
    "title-missing": "no title row found in the template; title is the sheet's name, put the notice's table name there",
    "id-chosen": "layout id chosen as {id}; pick a memorable one with --id (lower-case letters, digits, hyphens)",
    "city-unknown": "no city seen: districts are checked against the whole province; for one city's notice add \"city\" or use --city",
    "city-from-list": "city taken as {city} (the values of the district drop-down)",
    "city-from-title": "city taken as {city} (named in the title)",
    "scope-unknown": "no district column and no 区县： on the info line: the roll-up counts no district; add \"scope\" if needed",
    "school-unknown": "no school (unit) name column found; say which column names the school in \"school\": { \"field\": … }",
    quota: "quotas cannot be read from a template: if the notice allots places (per district, functional zone, 直属 school, category), add \"quota\" as docs/LAYOUTS.md shows",
    due: "the due date cannot be read from a template; add it from the notice, e.g. \"due\": \"2026-04-30\"",
    suspicious: "a suspicious-value limit (suspiciousAbove) is set only for sums in 万元 (10000); add others as needed",
    "min-one": "counts are taken as ≥ 0; where the notice asks at least 1, set \"min\" to 1",
    "required-marked": "the template marks required columns with * or （必填）: only those are required",
    "lists-other-format": "drop-down lists are read from .xlsx templates only; check the choices of this file's list columns",
    sections: "the table has {count} sections ({markers}); each row's \"{field}\" comes from its section",
    "first-data-row": "header on row {header}, data from row {first}",
    "role-spaces-set": '"{field}" is summed as the number of spaces in the roll-up\'s totals ("role": "spaces"); remove it if the column does not count spaces',
    "role-budget-set": '"{field}" is summed as the budget (万元) in the roll-up\'s totals ("role": "budget"); remove it if the column is not the budget',
    "roles-unset": 'these count or sum columns are not summed in the roll-up\'s totals: {fields}; if one is the number of spaces or the budget (万元), give it "role": "spaces" or "role": "budget"',
    serial: "serial number: ignored on input, renumbered on output",
    contact: "header names phone and e-mail: phone or e-mail (at least one valid)",
    email: "header names an e-mail address",
    postcode: "header names a postcode: six digits",
    phone: "header names a phone number",
    district: "header is a district: one of the city's districts, zones or 市直属",
    "school-type": "header names a school type / stage: 小学, 初中, 高中 …",
    stage: "header names progress: stage code 1–7 (its text is normalised to the code)",
    date: "header names a date",
    money: "header is a sum: a number ≥ 0{inUnit}",
    percent: "header is a rate: a number 0–100",
    count: "header is a count: a whole number ≥ 0{inUnit}",
    name: "a name: compared with extra spaces removed",
    remark: "remark",
    plain: "text",
    list: "the template has a drop-down: {values}",
    "list-stage": "the template's drop-down lists the stage codes 1–7",
    "list-school-type": "the template has a drop-down of school types: {values}",
    "list-district": "the template has a district drop-down ({count} entries)",
    required: "required",
    "required-mark": "marked required in the template (* or 必填)",
    "optional-mark": "marked optional in the template",
    "not-required": "not required",
    "from-info": "when blank, taken from the info line's {key}：",
    group: "under {group} (two-row header)",
    school: "the school (unit) name column",
    "duplicate-key": "duplicate key: {key}",
    "role-spaces": "summed as the number of spaces in the totals",
    "role-budget": "summed as the budget (万元) in the totals",
  },
};

export function learnText(locale: Locale, key: NoteKey | WhyKey, params: Record<string, string> = {}): string {
  const inUnit = params.unit ? textOf(LEARN_TEXT, locale, "in-unit", params) : "";
  return textOf(LEARN_TEXT, locale, key, { ...params, inUnit });
}

/** Why learning gave up on a sheet. */
export type RefusalReason = "no-header" | "indicator-matrix" | "form";

export const REFUSAL_TEXT: TextTable<RefusalReason> = {
  "zh-CN": {
    "no-header": "找不到可识别的表头：没有一行像表头（至少两个列名，如“学校名称 | 联系电话”）",
    "indicator-matrix": "这是指标自评表（每项指标在 A–D 等级下打勾，另有评价细则）：等级、指标清单和评级规则无法从模板推断。请从内置版式改写：smartcampus layouts show taizhou-indicators",
    form: "这是申报表（表单，不是逐行的清单，项目用 □ 勾选）：无法从模板推断。请从内置版式改写：smartcampus layouts show zhangjiagang-feature-application",
  },
  "en-US": {
    "no-header": "no recognisable header: no row reads as a header (at least two column names, such as 学校名称 | 联系电话)",
    "indicator-matrix": "this is an indicator self-assessment sheet (a tick under one of the levels A–D per indicator, with criteria): its levels, indicator list and grading cannot be inferred from a template. Start from the built-in one: smartcampus layouts show taizhou-indicators",
    form: "this is an application form (not a list of rows; items ticked in □ boxes): it cannot be inferred from a template. Start from the built-in one: smartcampus layouts show zhangjiagang-feature-application",
  },
};

export function refusalText(locale: Locale, reason: RefusalReason): string {
  return textOf(REFUSAL_TEXT, locale, reason);
}
