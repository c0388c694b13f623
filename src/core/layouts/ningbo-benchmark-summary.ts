import type { LayoutInput } from "../layout/schema";
import { SCHOOL_TYPE_CHOICES, SCHOOL_TYPES } from "../rules/school-stage";
import { DISTRICT_FROM_INFO, SERIAL_NUMBER } from "./common-fields";
import { CONTACT_PERSON_INFO } from "./common-info-keys";

/**
 * 宁波市中小学智慧校园标杆学校申报汇总表 — seed 004, 附件4. 名额: 3 per district, 1 per functional
 * zone; a 直属学校 applies for itself.
 */
const layout: LayoutInput = {
  id: "ningbo-benchmark-summary",
  title: "宁波市中小学智慧校园标杆学校申报汇总表",
  titleAliases: ["智慧校园标杆学校申报汇总表", "标杆学校申报汇总表"],
  kind: "list",
  source: "004 附件4",
  city: "宁波市",
  due: "2023-09-05",
  info: [
    { key: "区县", aliases: ["区(县、市)", "区县(市)", "县(市、区)", "区(县)", "单位"] },
    CONTACT_PERSON_INFO,
    { key: "联系电话", aliases: ["联系电话/手机", "电话/手机", "电话", "手机"] },
    { key: "电子邮箱", aliases: ["邮箱", "email", "e-mail"] },
  ],
  fields: [
    SERIAL_NUMBER,
    { name: "学校名称", aliases: ["学校", "学校全称", "申报学校"], required: true, collapseSpaces: true },
    {
      name: "学校类型",
      aliases: [`学校类型(${SCHOOL_TYPES.join("、")})`, "类型", "学段"],
      required: true,
      type: "choice",
      choices: [...SCHOOL_TYPE_CHOICES],
    },
    { name: "联系人", aliases: ["负责人"], required: true, collapseSpaces: true },
    { name: "联系电话/手机/电子邮箱", aliases: ["联系电话/手机/邮箱", "联系方式", "联系电话", "电话/手机/电子邮箱", "联系电话/电子邮箱"], required: true, type: "contact" },
    DISTRICT_FROM_INFO,
  ],
  school: { field: "学校名称" },
  duplicateKey: ["学校名称"],
  scope: { field: "区县", infoKey: "区县", level: "district" },
  quota: {
    rules: [
      { scope: "district", limit: 3 },
      { scope: "functional-zone", limit: 1 },
      { scope: "municipal-school", scopeField: "学校名称", limit: 1, note: "a 直属学校 applies for itself" },
    ],
  },
};

export default layout;
