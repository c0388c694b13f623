import type { LayoutInput } from "../layout/schema";

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
    { key: "联系人", aliases: ["填表人"] },
    { key: "联系电话", aliases: ["联系电话/手机", "电话/手机", "电话", "手机"] },
    { key: "电子邮箱", aliases: ["邮箱", "email", "e-mail"] },
  ],
  fields: [
    { name: "序号", aliases: ["编号"], ignoredOnInput: true },
    { name: "学校名称", aliases: ["学校", "学校全称", "申报学校"], required: true, collapseSpaces: true },
    {
      name: "学校类型",
      aliases: ["学校类型(小学、初中、高中、完中、九年一贯、十二年一贯、中职)", "类型", "学段"],
      required: true,
      type: "choice",
      choices: [
        { value: "小学", synonyms: ["完全小学", "中心小学"] },
        { value: "初中", synonyms: ["初级中学", "独立初中"] },
        { value: "高中", synonyms: ["高级中学", "普通高中", "普高"] },
        { value: "完中", synonyms: ["完全中学"] },
        { value: "九年一贯", synonyms: ["九年一贯制", "九年一贯制学校", "九年制", "九年制学校"] },
        { value: "十二年一贯", synonyms: ["十二年一贯制", "十二年一贯制学校", "十二年制"] },
        { value: "中职", synonyms: ["中等职业学校", "职高", "职业高中", "中专", "职业中学"] },
      ],
    },
    { name: "联系人", aliases: ["负责人"], required: true, collapseSpaces: true },
    { name: "联系电话/手机/电子邮箱", aliases: ["联系电话/手机/邮箱", "联系方式", "联系电话", "电话/手机/电子邮箱", "联系电话/电子邮箱"], required: true, type: "contact" },
    { name: "区县", type: "district", fromInfo: "区县" },
  ],
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
