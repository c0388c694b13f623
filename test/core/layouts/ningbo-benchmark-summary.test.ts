import { writeWithSheetJS } from "../../support";
import { analyzeFiles } from "../rollup/analyze-files";

const HEADER = ["序号", "学校名称", "学校类型", "联系人", "联系电话/手机/电子邮箱"];

/** A district's 附件4 as WPS saves it (.xls), with 学校类型 written the ways schools write it. */
function analyzeTypes(types: string[]) {
  const rows = [
    ["宁波市中小学智慧校园标杆学校申报汇总表"],
    ["区（县、市）：鄞州区（盖章）  联系人：王五  联系电话/手机：13857290001"],
    HEADER,
    ...types.map((type, i) => [i + 1, `鄞州区第${i + 1}中学`, type, "张三", "13757290002"]),
  ];
  return analyzeFiles([{ path: "鄞州区.xls", bytes: writeWithSheetJS([{ name: "附件4", rows }], "xls") }])[0].sheets[0];
}

test("学校类型 reads every written form the school-type rule knows, and refuses others", () => {
  const sheet = analyzeTypes(["初中部", "中等职业技术学校", "九年一贯制", "小学", "幼儿园"]);
  expect(sheet.detection?.layoutId).toBe("ningbo-benchmark-summary");
  expect(sheet.records.map((r) => r.values["学校类型"])).toEqual(["初中", "中职", "九年一贯", "小学", "幼儿园"]);
  expect(sheet.issues.filter((i) => i.field === "学校类型").map((i) => [i.row, i.code, i.value])).toEqual([
    [4, "normalized-value", "初中部"],
    [5, "normalized-value", "中等职业技术学校"],
    [6, "normalized-value", "九年一贯制"],
    [8, "invalid-choice", "幼儿园"],
  ]);
});
