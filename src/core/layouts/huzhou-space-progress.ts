import type { LayoutInput } from "../layout/schema";

/** 新型教学空间建设进展情况月报表 — 湖州, seed 000, 附件2. Reported on the 14th of each month. */
const layout: LayoutInput = {
  id: "huzhou-space-progress",
  title: "新型教学空间建设进展情况月报表",
  titleAliases: ["建设进展情况月报表", "进展情况月报表", "月报表"],
  kind: "list",
  source: "000 附件2",
  city: "湖州市",
  dueDayOfMonth: 14,
  info: [
    { key: "区县", aliases: ["区(县)", "县区", "区县(市)", "县(市、区)", "单位"] },
    { key: "联系人", aliases: ["填表人"] },
    { key: "联系电话", aliases: ["电话", "手机"] },
  ],
  fields: [
    { name: "序号", aliases: ["编号"], ignoredOnInput: true },
    { name: "区县", aliases: ["县区", "区(县)", "区县(市)", "县(市、区)", "所属区县"], required: true, type: "district", fromInfo: "区县" },
    { name: "学校名称", aliases: ["学校", "学校全称", "单位名称"], required: true, collapseSpaces: true },
    { name: "空间建设数量（个）", aliases: ["空间建设数量", "建设数量", "空间数量"], required: true, type: "integer", min: 1, unit: "个" },
    { name: "月度工作进展情况", aliases: ["月度工作进展", "工作进展情况", "进展情况", "月度进展"], required: true, type: "stage" },
    { name: "存在问题或困难及解决措施", aliases: ["存在问题或困难", "存在问题", "问题及解决措施"] },
  ],
  duplicateKey: ["学校名称"],
  scope: { field: "区县", infoKey: "区县", level: "district" },
};

export default layout;
