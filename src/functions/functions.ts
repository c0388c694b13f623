/*
 * The SMARTCAMPUS worksheet functions. Each is a thin wrapper over a rule of src/core/rules/:
 * it adapts what Excel passes (2-D ranges, blanks as "", numbers as numbers or text, full-width)
 * and turns a refused argument into #VALUE! / #N/A with a Chinese message (excel-error.ts).
 * functions.json and the CustomFunctions.associate calls are generated from the JSDoc below by
 * custom-functions-metadata-plugin at build time; nothing here is registered by hand.
 */
import { featureItemsOf } from "./feature-range";
import { guarded } from "./excel-error";
import { rowsOf, scalarOf } from "./excel-arguments";
import { indicatorCounts } from "./indicator-range";
import { isEmail as isEmailRule } from "../core/rules/email";
import { levelForCount } from "../core/rules/feature-level";
import { countAtOrAbove, gradeFromCounts, parseLevel } from "../core/rules/indicator-grade";
import { meetsPcRatio } from "../core/rules/pc-ratio";
import { isPhone as isPhoneRule } from "../core/rules/phone";
import { isPostcode as isPostcodeRule } from "../core/rules/postcode";
import { quotaByRule } from "../core/rules/quota-rule";
import { RuleArgumentError } from "../core/rules/rule-argument-error";
import { ruleText } from "../core/rules/rule-text";
import { spacesNeeded as spacesNeededRule } from "../core/rules/spaces-needed";
import { stageCode as readStageCode, stageText } from "../core/rules/stages";

/**
 * 台州市中小学智慧校园评价等级：由 70 项指标的等级得出 标杆 / 良好 / 达标 / 未达标（标杆：A 级 ≥ 60 项；良好：B 级及以上 ≥ 60 项；达标：C 级及以上 ≥ 60 项）。
 * @customfunction GRADE
 * @param range 70 行指标：一列等级（A–D 或 完全实现、多数实现、少数实现、未实现），或 A、B、C、D 四列勾选（√ ✓ ✔ ○ ● 是 1 x）；其他行列数返回 #VALUE!
 * @returns 标杆、良好、达标 或 未达标
 */
export function grade(range: any[][]): string | CustomFunctions.Error {
  return guarded(() => gradeFromCounts(indicatorCounts(rowsOf(range))));
}

/**
 * 台州市评价指标：统计达到某一等级及以上的指标项数（如 B 统计 A 级与 B 级之和）。
 * @customfunction GRADECOUNT
 * @param range 70 行指标：一列等级（A–D 或 完全实现…），或 A、B、C、D 四列勾选
 * @param level 等级：A、B、C、D（或 完全实现、多数实现、少数实现、未实现）
 * @returns 达到该等级及以上的指标项数
 */
export function gradeCount(range: any[][], level: any): number | CustomFunctions.Error {
  return guarded(() => countAtOrAbove(indicatorCounts(rowsOf(range)), parseLevel(scalarOf(level))));
}

/**
 * 张家港“智慧教育特色发展示范校”可达等级：6 项 → A，4–5 项 → B，2–3 项 → C，不足 2 项 → 空。
 * @customfunction FEATURELEVEL
 * @param range 申报项目：带勾选框的文字（☑智能环境 □智慧教学…），或已认定的项目名称，或项目名称旁的勾选（√）；项目为 智能环境、智慧教学、三个课堂、信息素养、智慧管理、创新实验
 * @returns A、B、C 或空文本
 */
export function featureLevel(range: any[][]): string | CustomFunctions.Error {
  return guarded(() => levelForCount(featureItemsOf(rowsOf(range)).length));
}

/**
 * 湖州新型教学空间月报：由进展代码 1–7 得出进展阶段文字。
 * @customfunction STAGE
 * @param code 进展代码 1–7（数字或文本，全角亦可）；不在 1–7 之内返回 #N/A
 * @returns 进展阶段，如 4 → 建设中
 */
export function stage(code: any): string | CustomFunctions.Error {
  return guarded(() => stageText(scalarOf(code)));
}

/**
 * 湖州新型教学空间月报：由进展阶段文字得出代码 1–7（如 建设中 → 4，方案完成，准备采购 → 2）。
 * @customfunction STAGECODE
 * @param text 进展阶段：代码、阶段全称或简称（策划方案、方案完成、采购完成、建设中、建设完成、验收完成、完成结算…）；无法识别返回 #N/A
 * @returns 进展代码 1–7
 */
export function stageCodeOf(text: any): number | CustomFunctions.Error {
  return guarded(() => {
    const value = scalarOf(text);
    const written = ruleText(value);
    if (written === "") throw new RuleArgumentError("text", "blank");
    const reading = readStageCode(value);
    if (!reading) throw new RuleArgumentError("text", "unknown-code", { value: written, expected: "1–7 或阶段文字" });
    return reading.code;
  });
}

/**
 * 浙江省智慧教育综合试点名额规则：数量 × 比例，四舍五入取整（区域试点按县（市、区）数的 20%，学校试点按中小学校数的 1.1%）。注：该规则与省厅公布的名额分配表不完全一致（温州、嘉兴），以公布表为准。
 * @customfunction QUOTA
 * @param count 县（市、区）数或学校数（非负整数）
 * @param rate 比例：20% 或 0.2（0–100%）；四舍五入取整
 * @returns 名额（四舍五入取整）
 */
export function quota(count: any, rate: any): number | CustomFunctions.Error {
  return guarded(() => quotaByRule(scalarOf(count), scalarOf(rate)));
}

/**
 * 是否为有效电话：手机 1[3-9] 开头 11 位；座机 0 + 2–3 位区号 + 7–8 位号码（可用 - 或空格分隔，可带分机 -123、转123、ext 123）；或 7–8 位本地号码。
 * @customfunction ISPHONE
 * @param text 电话号码（文本或数字，全角亦可）
 * @returns TRUE 或 FALSE
 */
export function isPhone(text: any): boolean | CustomFunctions.Error {
  return guarded(() => isPhoneRule(scalarOf(text)));
}

/**
 * 是否为有效电子邮箱地址。
 * @customfunction ISEMAIL
 * @param text 电子邮箱（全角亦可）
 * @returns TRUE 或 FALSE
 */
export function isEmail(text: any): boolean | CustomFunctions.Error {
  return guarded(() => isEmailRule(scalarOf(text)));
}

/**
 * 是否为有效邮政编码（6 位数字）。数字 13000 视为丢失前导 0 的 013000。
 * @customfunction ISPOSTCODE
 * @param text 邮政编码（文本或数字，全角亦可）
 * @returns TRUE 或 FALSE
 */
export function isPostcode(text: any): boolean | CustomFunctions.Error {
  return guarded(() => isPostcodeRule(scalarOf(text)));
}

/**
 * 台州评价指标第 5 项：教学用计算机生机比是否达标（高中 5:1，初中 6:1，小学 7:1，即学生数 ≤ 比值 × 计算机数）。
 * @customfunction PCRATIO
 * @param students 学生数（正整数）
 * @param computers 教学用计算机数（非负整数）
 * @param stage 学段：小学、初中、高中（初级中学、普通高中等亦可）；完中、九年一贯等请分学段计算，中职不适用，均返回 #VALUE!
 * @returns TRUE（达标）或 FALSE
 */
export function pcRatio(students: any, computers: any, stage: any): boolean | CustomFunctions.Error {
  return guarded(() => meetsPcRatio(scalarOf(students), scalarOf(computers), scalarOf(stage)));
}

/**
 * 宁波标杆校：应配备的新型教学空间数。小学每 18 个班级不低于 3 个，按 班级数 × 3 ÷ 18 向上取整；初中、高中每年级不低于 2 个，即 年级数 × 2。
 * @customfunction SPACESNEEDED
 * @param count 小学为班级数，初中、高中为年级数（非负整数）
 * @param stage 学段：小学、初中、高中（或 中学）；完中、九年一贯等请分学段计算
 * @returns 应配备的新型教学空间数（小学向上取整）
 */
export function spacesNeeded(count: any, stage: any): number | CustomFunctions.Error {
  return guarded(() => spacesNeededRule(scalarOf(count), scalarOf(stage)));
}
