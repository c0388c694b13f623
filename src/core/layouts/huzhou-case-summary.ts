import type { LayoutInput } from "../layout/schema";
import { CONTACT_PHONE, DISTRICT_FROM_INFO, SERIAL_NUMBER } from "./common-fields";
import { DISTRICT_INFO } from "./common-info-keys";

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
  info: [DISTRICT_INFO],
  fields: [
    { name: "类别", fromSection: true, required: true },
    SERIAL_NUMBER,
    { name: "案例名称", aliases: ["案例", "案例题目", "案例标题"], required: true },
    { name: "单位", aliases: ["学校", "学校名称", "单位名称", "申报单位"], required: true, collapseSpaces: true },
    { name: "联系人", aliases: ["作者", "负责人"], required: true, collapseSpaces: true },
    CONTACT_PHONE,
    DISTRICT_FROM_INFO,
  ],
  sections: {
    field: "类别",
    markers: [
      { match: "新型教学空间优秀案例", value: "新型教学空间" },
      { match: "智慧校园优秀案例", value: "智慧校园" },
    ],
    contactLabels: ["工作联系人"],
  },
  school: { field: "单位" },
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
