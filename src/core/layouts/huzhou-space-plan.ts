import type { LayoutInput } from "../layout/schema";
import { CONTACT_PHONE, DISTRICT_COLUMN, SCHOOL_NAME, SERIAL_NUMBER } from "./common-fields";
import { CONTACT_PERSON_INFO, CONTACT_PHONE_INFO, DISTRICT_INFO } from "./common-info-keys";

/** 新型教学空间建设计划汇总表 — 湖州, seed 000, 附件1. One row per space. */
const layout: LayoutInput = {
  id: "huzhou-space-plan",
  title: "新型教学空间建设计划汇总表",
  titleAliases: ["新型教学空间建设计划", "建设计划汇总表"],
  kind: "list",
  source: "000 附件1",
  city: "湖州市",
  due: "2025-04-01",
  info: [DISTRICT_INFO, CONTACT_PERSON_INFO, CONTACT_PHONE_INFO],
  fields: [
    SERIAL_NUMBER,
    DISTRICT_COLUMN,
    SCHOOL_NAME,
    { name: "拟建空间数量（个）", aliases: ["拟建空间数量", "拟建数量", "空间数量"], required: true, type: "integer", min: 1, unit: "个", role: "spaces" },
    { name: "空间名称", aliases: ["新型教学空间名称", "拟建空间名称"], required: true },
    { name: "预算金额（万元）", aliases: ["预算金额", "预算", "预算资金(万元)"], required: true, type: "number", min: 0, suspiciousAbove: 10000, unit: "万元", role: "budget" },
    { name: "项目负责人", aliases: ["负责人"], required: true, collapseSpaces: true },
    CONTACT_PHONE,
    { name: "备注（应用方向）", aliases: ["备注", "应用方向"] },
  ],
  school: { field: "学校名称" },
  duplicateKey: ["学校名称", "空间名称"],
  scope: { field: "区县", infoKey: "区县", level: "district" },
};

export default layout;
