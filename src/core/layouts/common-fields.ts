import type { FieldInput } from "../layout/schema";

/**
 * Columns several notices define the same way, written once. A layout whose column differs (other
 * aliases, not required) keeps its own definition in its file.
 */

/** 序号: read but not kept; the roll-up renumbers it. */
export const SERIAL_NUMBER: FieldInput = { name: "序号", aliases: ["编号"], ignoredOnInput: true };

/** 区县 as a column of the table (湖州 附件1, 附件2); a blank cell is taken from the info line's `区县：`. */
export const DISTRICT_COLUMN: FieldInput = {
  name: "区县",
  aliases: ["县区", "区(县)", "区县(市)", "县(市、区)", "所属区县"],
  required: true,
  type: "district",
  fromInfo: "区县",
};

/** 区县 of a table with no such column (湖州 附件4, 宁波 附件4): every row carries the info line's `区县：`. */
export const DISTRICT_FROM_INFO: FieldInput = { name: "区县", type: "district", fromInfo: "区县" };

/** 学校名称 of the 湖州 space tables (附件1, 附件2). */
export const SCHOOL_NAME: FieldInput = { name: "学校名称", aliases: ["学校", "学校全称", "单位名称"], required: true, collapseSpaces: true };

/** 联系电话: one phone number. */
/** Sub-headers a phone column is split into under a second header row (`联系电话` over `手机 | 座机`). */
export const PHONE_SUB_COLUMNS = ["手机", "座机", "办公电话", "固定电话", "固话", "电话", "移动电话", "手机号码", "办公室电话"] as const;

export const CONTACT_PHONE: FieldInput = {
  name: "联系电话",
  aliases: ["电话", "手机", "联系方式"],
  required: true,
  type: "phone",
  subColumns: [...PHONE_SUB_COLUMNS],
};
