import type { LayoutInput } from "../layout/schema";
import { SERIAL_NUMBER } from "./common-fields";

/**
 * 各设区市区域、学校试点申报名额分配表 — seed 002, 附件2. Reference data, not a submission: the
 * published table is built in; a sheet of this layout in the workbook overrides it.
 */
const layout: LayoutInput = {
  id: "zhejiang-pilot-quota",
  title: "各设区市区域、学校试点申报名额分配表",
  titleAliases: ["试点申报名额分配表", "名额分配表"],
  kind: "reference",
  source: "002 附件2",
  fields: [
    SERIAL_NUMBER,
    { name: "设区市", aliases: ["地市", "城市", "市"], required: true, collapseSpaces: true },
    { name: "区域试点名额", aliases: ["区域名额", "区域试点"], required: true, type: "integer", min: 0 },
    { name: "学校试点名额", aliases: ["学校名额", "学校试点"], required: true, type: "integer", min: 0 },
  ],
  duplicateKey: ["设区市"],
  builtIn: [
    { 设区市: "杭州", 区域试点名额: 3, 学校试点名额: 9 },
    { 设区市: "宁波", 区域试点名额: 2, 学校试点名额: 8 },
    { 设区市: "温州", 区域试点名额: 3, 学校试点名额: 10 },
    { 设区市: "嘉兴", 区域试点名额: 2, 学校试点名额: 3 },
    { 设区市: "湖州", 区域试点名额: 1, 学校试点名额: 3 },
    { 设区市: "绍兴", 区域试点名额: 1, 学校试点名额: 5 },
    { 设区市: "金华", 区域试点名额: 2, 学校试点名额: 7 },
    { 设区市: "衢州", 区域试点名额: 1, 学校试点名额: 3 },
    { 设区市: "舟山", 区域试点名额: 1, 学校试点名额: 2 },
    { 设区市: "台州", 区域试点名额: 2, 学校试点名额: 7 },
    { 设区市: "丽水", 区域试点名额: 2, 学校试点名额: 3 },
  ],
};

export default layout;
