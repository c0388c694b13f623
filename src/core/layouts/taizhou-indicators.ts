import type { LayoutInput } from "../layout/schema";
import { INDICATOR_COUNT } from "../rules/indicator-grade";

/**
 * 台州市中小学智慧校园建设评价指标 — seed 001, 附件. 70 numbered indicators; a school marks one of
 * A–D per indicator, or writes the letter in a `等级`/`自评等级` column. A record's 等级 holds the
 * level read either way.
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
      { letter: "A", field: "A级" },
      { letter: "B", field: "B级" },
      { letter: "C", field: "C级" },
      { letter: "D", field: "D级" },
    ],
    levelField: "等级",
    schoolInfoKey: "学校名称",
    groups: [
      { item: "基础设施", indicator: "校园网络", from: 1, to: 4 },
      { item: "基础设施", indicator: "信息终端", from: 5, to: 8 },
      { item: "基础设施", indicator: "教学环境", from: 9, to: 12 },
      { item: "基础设施", indicator: "创新空间", from: 13, to: 14 },
      { item: "基础设施", indicator: "文化空间", from: 15, to: 16 },
      { item: "基础设施", indicator: "校园安全", from: 17, to: 18 },
      { item: "基础设施", indicator: "数字底座", from: 19, to: 20 },
      { item: "资源数据", indicator: "教学资源", from: 21, to: 24 },
      { item: "资源数据", indicator: "资源共享", from: 25, to: 27 },
      { item: "资源数据", indicator: "数据处理", from: 28, to: 30 },
      { item: "应用服务", indicator: "教育管理", from: 31, to: 34 },
      { item: "应用服务", indicator: "教育教学", from: 35, to: 40 },
      { item: "应用服务", indicator: "学生学习", from: 41, to: 43 },
      { item: "应用服务", indicator: "教师研修", from: 44, to: 46 },
      { item: "应用服务", indicator: "教育评价", from: 47, to: 49 },
      { item: "应用服务", indicator: "生活服务", from: 50, to: 52 },
      { item: "信息素养", indicator: "教师发展", from: 53, to: 56 },
      { item: "信息素养", indicator: "学生发展", from: 57, to: 60 },
      { item: "保障体系", indicator: "组织领导", from: 61, to: 63 },
      { item: "保障体系", indicator: "制度建设", from: 64, to: 66 },
      { item: "保障体系", indicator: "经费保障", from: 67, to: 67 },
      { item: "特色发展", indicator: "试点示范", from: 68, to: 69 },
      { item: "特色发展", indicator: "研究成果", from: 70, to: 70 },
    ],
  },
  duplicateKey: ["编号"],
  scope: { infoKey: "区县", level: "district" },
};

export default layout;
