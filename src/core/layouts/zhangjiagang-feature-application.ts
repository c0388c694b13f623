import type { LayoutInput } from "../layout/schema";
import { FEATURE_ITEMS, MIN_FEATURE_ITEMS } from "../rules/feature-level";

/**
 * "智慧教育特色发展示范校"申报表 — 张家港, seed 003, 附件. A form, not a list: one record per form.
 * A school applies for at least two of the six items. Due each year on 12月31日.
 */
const layout: LayoutInput = {
  id: "zhangjiagang-feature-application",
  title: "“智慧教育特色发展示范校”申报表",
  titleAliases: ["智慧教育特色发展示范校申报表", "特色发展示范校申报表", "智慧教育特色发展示范校"],
  kind: "form",
  source: "003 附件",
  fields: [
    { name: "学校名称", required: true, collapseSpaces: true },
    { name: "申报项目", required: true, type: "items" },
    { name: "项目数", type: "integer", min: 0 },
    { name: "可达等级" },
  ],
  form: {
    nameLabels: ["学校名称", "学校", "申报学校"],
    itemsLabels: ["申报项目类别", "申报项目", "项目类别"],
    items: [...FEATURE_ITEMS],
    minItems: MIN_FEATURE_ITEMS,
    nameNote: "（盖章）    年    月    日",
    itemsNote: "（□内打√）",
    rows: [
      { label: "智慧教育特色发展的基础现状、不足问题、规划措施、时间节点以及预期效果", note: "（请对照分类内容进行简要阐述；1500 字左右）", lines: 20 },
      { label: "教育技术装备室意见", note: "（盖章）    年    月    日", lines: 4 },
      { label: "教育局意见", note: "（盖章）    年    月    日", lines: 4 },
    ],
  },
  school: { field: "学校名称" },
  duplicateKey: ["学校名称"],
};

export default layout;
