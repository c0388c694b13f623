import { analyzeSheet } from "../../../src/core/analyze";
import { readWorkbook } from "../../../src/io/read";
import { writeXlsxExcelJS, type WriterCell } from "../../support";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

/** A Taizhou self-assessment sheet with no 学校名称 line: the school comes from the title, else the file name. */
function indicatorSheet(title: string | null): WriterCell[][] {
  return [
    ...(title ? [[title]] : []),
    ["编号", "评价项目", "评价指标", "评价细则", "自评等级"],
    ...Array.from({ length: 70 }, (_, i) => [i + 1, "基础设施", "校园网络", `细则${i + 1}`, "A"]),
  ];
}

async function schoolOfSheet(title: string | null, fileName: string) {
  const read = readWorkbook(await writeXlsxExcelJS([{ name: "自评", rows: indicatorSheet(title) }]), fileName);
  if (!read.ok) throw new Error(read.message.en);
  const derived = analyzeSheet(read.grids[0], { catalog: BUILT_IN_CATALOG, fileName }).derived as { school: string; schoolFrom: string };
  return [derived.school, derived.schoolFrom];
}

test.each([
  ["台州市三门县海润小学智慧校园建设自评表", "台州市三门县海润小学"],
  ["台州市三门县海润小学自评表", "台州市三门县海润小学"],
  ["台州学院附属中学智慧校园建设评价指标（试行）自评", "台州学院附属中学"],
  ["路桥区实验中学 智慧校园自评", "路桥区实验中学"],
])("the school's name ends with its last school word: %s", async (title, school) => {
  await expect(schoolOfSheet(title, "自评.xlsx")).resolves.toEqual([school, "title"]);
});

test("a title naming no school leaves the file name to say it", async () => {
  await expect(schoolOfSheet("台州市中小学智慧校园建设评价指标（试行）", "椒江区洪家小学.xlsx")).resolves.toEqual(["椒江区洪家小学", "file-name"]);
  await expect(schoolOfSheet(null, "黄岩区实验中学-自评表.xlsx")).resolves.toEqual(["黄岩区实验中学", "file-name"]);
});
