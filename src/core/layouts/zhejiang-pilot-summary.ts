import type { LayoutInput } from "../layout/schema";
import { SERIAL_NUMBER } from "./common-fields";
import { CONTACT_PHONE_INFO } from "./common-info-keys";

/**
 * 浙江省区域和学校整体推进智慧教育综合试点申报汇总表 — seed 002, 附件3. Two header rows:
 * 试点工作负责人 and 试点工作联系人 each span 姓名 | 职务 | 联系电话 | 电子邮箱.
 */
const person = (group: string) => [
  { name: `${group}/姓名`, group, aliases: [], required: true, collapseSpaces: true },
  { name: `${group}/职务`, group, aliases: [] },
  { name: `${group}/联系电话`, group, aliases: ["电话", "手机", "联系方式"], required: true, type: "phone" as const },
  { name: `${group}/电子邮箱`, group, aliases: ["邮箱", "email", "e-mail"], required: true, type: "email" as const },
];

const layout: LayoutInput = {
  id: "zhejiang-pilot-summary",
  title: "浙江省区域和学校整体推进智慧教育综合试点申报汇总表",
  titleAliases: ["智慧教育综合试点申报汇总表", "综合试点申报汇总表", "试点申报汇总表"],
  kind: "list",
  source: "002 附件3",
  due: "2019-05-20",
  info: [
    { key: "申报单位", aliases: ["申报单位(盖章)", "单位", "设区市"] },
    { key: "填表人", aliases: ["联系人"] },
    CONTACT_PHONE_INFO,
  ],
  groups: [
    { name: "试点工作负责人", aliases: ["负责人", "试点负责人", "工作负责人", "项目负责人"] },
    { name: "试点工作联系人", aliases: ["联系人", "试点联系人", "工作联系人", "项目联系人"] },
  ],
  fields: [
    SERIAL_NUMBER,
    { name: "试点单位", aliases: ["申报单位", "单位名称", "试点单位名称"], required: true, collapseSpaces: true },
    {
      name: "试点类别",
      aliases: ["类别", "试点类别(区域/学校)", "试点类型"],
      required: true,
      type: "choice",
      choices: [
        { value: "区域", synonyms: ["区域试点", "县区", "区县", "县(市、区)"] },
        { value: "学校", synonyms: ["学校试点", "中小学校", "中小学", "中职", "中职学校", "中小学校(含中职)", "中小学校试点"] },
      ],
    },
    { name: "试点选题", aliases: ["选题", "试点主题", "试点项目"], required: true },
    { name: "通讯地址", aliases: ["通信地址", "地址"], required: true },
    { name: "邮编", aliases: ["邮政编码"], required: true, type: "postcode" },
    ...person("试点工作负责人"),
    ...person("试点工作联系人"),
    { name: "备注", aliases: ["说明"] },
    { name: "申报单位", fromInfo: "申报单位" },
  ],
  school: { field: "试点单位" },
  duplicateKey: ["试点单位"],
  scope: { field: "申报单位", infoKey: "申报单位", level: "city" },
  quota: {
    categoryField: "试点类别",
    rules: [
      {
        scope: "city",
        table: "zhejiang-pilot-quota",
        tableKey: "设区市",
        tableColumns: { 区域: "区域试点名额", 学校: "学校试点名额" },
        perCategory: true,
      },
    ],
  },
};

export default layout;
