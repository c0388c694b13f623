import type { LayoutInput } from "../layout/schema";
import { DISTRICT_COLUMN, SCHOOL_NAME, SERIAL_NUMBER } from "./common-fields";
import { CONTACT_PERSON_INFO, CONTACT_PHONE_INFO, DISTRICT_INFO } from "./common-info-keys";

/** 新型教学空间建设进展情况月报表 — 湖州, seed 000, 附件2. Reported on the 14th of each month. */
const layout: LayoutInput = {
  id: "huzhou-space-progress",
  title: "新型教学空间建设进展情况月报表",
  titleAliases: ["建设进展情况月报表", "进展情况月报表", "月报表"],
  kind: "list",
  source: "000 附件2",
  city: "湖州市",
  dueDayOfMonth: 14,
  info: [DISTRICT_INFO, CONTACT_PERSON_INFO, CONTACT_PHONE_INFO],
  fields: [
    SERIAL_NUMBER,
    DISTRICT_COLUMN,
    SCHOOL_NAME,
    { name: "空间建设数量（个）", aliases: ["空间建设数量", "建设数量", "空间数量"], required: true, type: "integer", min: 1, unit: "个", role: "spaces" },
    { name: "月度工作进展情况", aliases: ["月度工作进展", "工作进展情况", "进展情况", "月度进展"], required: true, type: "stage" },
    { name: "存在问题或困难及解决措施", aliases: ["存在问题或困难", "存在问题", "问题及解决措施"] },
  ],
  school: { field: "学校名称" },
  duplicateKey: ["学校名称"],
  scope: { field: "区县", infoKey: "区县", level: "district" },
};

export default layout;
