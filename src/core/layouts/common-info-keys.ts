import type { InfoKeyInput } from "../layout/schema";

/** Keys of the info line above the header that several notices write the same way. */

/** `区县：吴兴区` of the 湖州 tables. */
export const DISTRICT_INFO: InfoKeyInput = { key: "区县", aliases: ["区(县)", "县区", "区县(市)", "县(市、区)", "单位"] };

/** `联系人：张三`. */
export const CONTACT_PERSON_INFO: InfoKeyInput = { key: "联系人", aliases: ["填表人"] };

/** `联系电话：…`. */
export const CONTACT_PHONE_INFO: InfoKeyInput = { key: "联系电话", aliases: ["电话", "手机"] };
