import { createRollup } from "../../../src/core/rollup/create-rollup";
import { createRollups } from "../../../src/core/rollup/create-rollups";
import type { WriterCell } from "../../support";
import { writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "./analyze-files";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

function ningboSheet(district: string, schools: string[]): WriterCell[][] {
  return [
    ["宁波市中小学智慧校园标杆学校申报汇总表"],
    [`区（县、市）：${district}（盖章）  联系人：张三  联系电话/手机：13757290001  电子邮箱：a@nb.cn`],
    ["序号", "学校名称", "学校类型（小学、初中、高中、完中、九年一贯、十二年一贯、中职）", "联系人", "联系电话/手机/电子邮箱"],
    ...schools.map((school, i) => [i + 1, school, "小学", "李四", "13757290002"]),
  ];
}

test("Ningbo: at most 3 per district, 1 per functional zone, a 直属学校 applies for itself", async () => {
  const files = analyzeFiles([
    { path: "海曙区.xlsx", bytes: await writeXlsxExcelJS([{ name: "附件4", rows: ningboSheet("海曙区", ["海曙区中心小学", "海曙区实验小学", "海曙区东恩小学", "海曙区南门小学"]) }]) },
    { path: "前湾新区.xls", bytes: writeWithSheetJS([{ name: "Sheet1", rows: ningboSheet("前湾新区", ["前湾新区一小", "前湾新区二小"]) }], "xls") },
    { path: "宁波中学.xlsx", bytes: await writeXlsxExcelJS([{ name: "Sheet1", rows: ningboSheet("直属学校", ["宁波中学"]) }]) },
  ]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "ningbo-benchmark-summary" });
  for (const file of files) rollup.add(file);
  const result = rollup.finish();
  expect(result.quotas).toEqual([
    { scope: "海曙区", category: "", limit: 3, count: 4, exceeded: true },
    { scope: "前湾新区", category: "", limit: 1, count: 2, exceeded: true },
    { scope: "宁波中学", category: "", limit: 1, count: 1, exceeded: false },
  ]);
  expect(result.issues.filter((i) => i.code === "quota-exceeded").map((i) => [i.path, i.row, i.params, i.rows?.map((r) => r.row)])).toEqual([
    ["海曙区.xlsx", 7, { scope: "海曙区", category: "", count: 4, limit: 3 }, [7]],
    ["前湾新区.xls", 5, { scope: "前湾新区", category: "", count: 2, limit: 1 }, [5]],
  ]);
  expect(result.records.map((r) => [r.district, r.values["学校名称"]])).toEqual([
    ["海曙区", "海曙区东恩小学"],
    ["海曙区", "海曙区南门小学"],
    ["海曙区", "海曙区实验小学"],
    ["海曙区", "海曙区中心小学"],
    ["前湾新区", "前湾新区二小"],
    ["前湾新区", "前湾新区一小"],
    ["市直属学校", "宁波中学"],
  ]);
});

const PILOT_HEADER: WriterCell[][] = [
  ["试点单位", "试点类别", "试点选题", "通讯地址", "邮编", "试点工作负责人", null, null, null, "试点工作联系人", null, null, null, "备注"],
  [null, null, null, null, null, "姓名", "职务", "联系电话", "电子邮箱", "姓名", "职务", "联系电话", "电子邮箱", null],
];
const PILOT_MERGES = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "J3:M3", "N3:N4"];

function pilotRow(unit: string, kind: string): WriterCell[] {
  return [unit, kind, "人工智能助推教学", "湖州市仁皇山路1号", "313000", "王一", "局长", "13757290001", "w@hz.cn", "陈二", "科长", "0572-2345678", "c@hz.cn", null];
}

async function huzhouPilots() {
  return writeXlsxExcelJS([
    {
      name: "附件3",
      rows: [
        ["浙江省区域和学校整体推进智慧教育综合试点申报汇总表"],
        ["申报单位（盖章）：湖州市教育局  填表人：张三  联系电话：13757290001"],
        ...PILOT_HEADER,
        pilotRow("吴兴区教育局", "区域试点"),
        pilotRow("南浔区教育局", "区域"),
        pilotRow("湖州市第一中学", "学校"),
        pilotRow("湖州中学", "中小学校"),
        pilotRow("德清县第二小学", "学校"),
      ],
      merges: PILOT_MERGES,
    },
  ]);
}

test("Zhejiang pilots: per city and 试点类别, limits from the published table built in", async () => {
  const files = analyzeFiles([{ path: "湖州市.xlsx", bytes: await huzhouPilots() }]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "zhejiang-pilot-summary" });
  for (const file of files) rollup.add(file);
  const result = rollup.finish();
  expect(result.rows).toEqual({ read: 5, merged: 5, rejected: 0, skipped: 0, skippedBy: {} });
  expect(result.quotas).toEqual([
    { scope: "湖州市", category: "区域", limit: 1, count: 2, exceeded: true },
    { scope: "湖州市", category: "学校", limit: 3, count: 3, exceeded: false },
  ]);
  expect(result.issues.filter((i) => i.code === "quota-exceeded").map((i) => [i.field, i.row, i.params])).toEqual([
    ["试点类别", 6, { scope: "湖州市", category: "区域", count: 2, limit: 1 }],
  ]);
});

test("a quota sheet among the inputs overrides the built-in table, even in another file", async () => {
  const quota = writeWithSheetJS(
    [
      {
        name: "附件2",
        rows: [
          ["各设区市区域、学校试点申报名额分配表"],
          ["序号", "设区市", "区域试点名额", "学校试点名额"],
          [1, "湖州", 2, 2],
          [2, "杭州", 3, 9],
        ],
      },
    ],
    "xls",
  );
  const files = analyzeFiles([
    { path: "名额分配.xls", bytes: quota },
    { path: "湖州市.xlsx", bytes: await huzhouPilots() },
  ]);
  const run = createRollups({ catalog: BUILT_IN_CATALOG });
  for (const file of files) run.add(file);
  const { files: entries, rollups } = run.finish();
  expect(entries.map((f) => [f.path, f.status, f.layout, f.note ?? ""])).toEqual([
    ["名额分配.xls", "skipped", "zhejiang-pilot-quota", "reference"],
    ["湖州市.xlsx", "merged", "zhejiang-pilot-summary", ""],
  ]);
  expect(rollups.map((r) => r.layout)).toEqual(["zhejiang-pilot-summary"]);
  expect(rollups[0].quotas).toEqual([
    { scope: "湖州市", category: "区域", limit: 2, count: 2, exceeded: false },
    { scope: "湖州市", category: "学校", limit: 2, count: 3, exceeded: true },
  ]);
  expect(rollups[0].issues.filter((i) => i.code === "quota-exceeded").map((i) => i.rows)).toEqual([[{ path: "湖州市.xlsx", sheet: "附件3", row: 9 }]]);
});
