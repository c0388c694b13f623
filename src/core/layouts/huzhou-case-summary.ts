import type { LayoutInput } from "../layout/schema";

/**
 * 推荐培育优秀案例汇总表 — 湖州, seed 000, 附件4. Two sections in one sheet, each opened by a section
 * row and a contact row. 名额: 4 per district per 类别; 1 per 市直属学校 per 类别 (counted by its 单位).
 */
const layout: LayoutInput = {
  id: "huzhou-case-summary",
  title: "推荐培育优秀案例汇总表",
  titleAliases: ["优秀案例汇总表", "培育优秀案例汇总表"],
  kind: "sectioned-list",
  source: "000 附件4",
  city: "湖州市",
  due: "2025-06-30",
  info: [{ key: "区县", aliases: ["区(县)", "县区", "区县(市)", "县(市、区)", "单位"] }],
  fields: [
    { name: "类别", fromSection: true, required: true },
    { name: "序号", aliases: ["编号"], ignoredOnInput: true },
    { name: "案例名称", aliases: ["案例", "案例题目", "案例标题"], required: true },
    { name: "单位", aliases: ["学校", "学校名称", "单位名称", "申报单位"], required: true, collapseSpaces: true },
    { name: "联系人", aliases: ["作者", "负责人"], required: true, collapseSpaces: true },
    { name: "联系电话", aliases: ["电话", "手机", "联系方式"], required: true, type: "phone" },
    { name: "区县", type: "district", fromInfo: "区县" },
  ],
  sections: {
    field: "类别",
    markers: [
      { match: "新型教学空间优秀案例", value: "新型教学空间" },
      { match: "智慧校园优秀案例", value: "智慧校园" },
    ],
    contactLabels: ["工作联系人"],
  },
  duplicateKey: ["案例名称", "单位"],
  scope: { field: "区县", infoKey: "区县", level: "district" },
  quota: {
    categoryField: "类别",
    rules: [
      { scope: "district", limit: 4, perCategory: true },
      { scope: "municipal-school", scopeField: "单位", limit: 1, perCategory: true },
    ],
  },
};

export default layout;
