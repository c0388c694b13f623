import type { LayoutInput } from "../layout/schema";
import { indicatorGroups } from "../layout/indicator-groups";
import { INDICATOR_COUNT } from "../rules/indicator-grade";
import { TAIZHOU_INDICATORS } from "./taizhou-indicator-list";

/**
 * 台州市中小学智慧校园建设评价指标 — seed 001, 附件. 70 numbered indicators; a school marks one of
 * A–D per indicator, or writes the letter in a `等级`/`自评等级` column. A record's 等级 holds the
 * level read either way. The indicators themselves, with the notice's 评价细则, are in
 * `taizhou-indicator-list.ts`.
 */
const layout: LayoutInput = {
  id: "taizhou-indicators",
  title: "台州市中小学智慧校园建设评价指标",
  titleAliases: ["智慧校园建设评价指标", "评价指标"],
  kind: "indicator-matrix",
  source: "001 附件",
  city: "台州市",
  info: [
    { key: "学校名称", aliases: ["学校", "单位", "单位名称", "申报学校"] },
    { key: "区县", aliases: ["县(市、区)", "区(县、市)", "区县(市)"] },
  ],
  fields: [
    { name: "编号", aliases: ["序号", "指标编号"], required: true, type: "integer", min: 1, max: INDICATOR_COUNT },
    { name: "评价项目", aliases: ["一级指标", "项目"] },
    { name: "评价指标", aliases: ["二级指标", "指标"] },
    { name: "评价细则", aliases: ["细则", "评价内容", "三级指标"] },
    { name: "A级", aliases: ["A", "完全实现"] },
    { name: "B级", aliases: ["B", "多数实现"] },
    { name: "C级", aliases: ["C", "少数实现"] },
    { name: "D级", aliases: ["D", "未实现"] },
    { name: "等级", aliases: ["自评等级", "自评", "评价等级", "等第", "自评等第"], required: true, type: "level" },
  ],
  indicators: {
    count: INDICATOR_COUNT,
    numberField: "编号",
    levels: [
      { letter: "A", field: "A级", label: "完全实现" },
      { letter: "B", field: "B级", label: "多数实现" },
      { letter: "C", field: "C级", label: "少数实现" },
      { letter: "D", field: "D级", label: "未实现" },
    ],
    levelField: "等级",
    schoolInfoKey: "学校名称",
    groups: indicatorGroups(TAIZHOU_INDICATORS),
    list: [...TAIZHOU_INDICATORS],
    note: "注：60 个 C 级及以上为智慧校园达标等第，60 个 B 级以上为智慧校园良好等第，60 个 A 及以上为智慧校园标杆等第。",
  },
  duplicateKey: ["编号"],
  scope: { infoKey: "区县", level: "district" },
};

export default layout;
