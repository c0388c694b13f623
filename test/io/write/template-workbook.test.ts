import { strFromU8, unzipSync } from "fflate";
import { readWorkbook } from "../../../src/io/read/read-workbook";
import ExcelJS from "exceljs";
import { analyzeSheet } from "../../../src/core/analyze";
import type { Grid } from "../../../src/core/model/grid";
import { TAIZHOU_INDICATORS } from "../../../src/core/layouts/taizhou-indicator-list";
import { CITIES } from "../../../src/core/rules/districts";
import { writeTemplateWorkbook } from "../../../src/io/write/template-workbook";
import { addValidation, LIST_LITERAL_MAX, ListSheet } from "../../../src/io/write/validation-lists";
import { libreOfficeSheetsToCsv } from "../../support";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

/** A worksheet's XML with `&quot;` decoded, to read validation formulas as Excel shows them. */
function sheetXml(bytes: Uint8Array, n = 1): string {
  return strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`]).replace(/&quot;/g, '"');
}

describe("writeTemplateWorkbook", () => {
  test("huzhou-space-plan: title, info line, header, and the city's districts as a drop-down", async () => {
    const bytes = await writeTemplateWorkbook(BUILT_IN_CATALOG.get("huzhou-space-plan")!, { city: "湖州市", rows: 20 });
    const read = readWorkbook(bytes, "模板.xlsx");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.grids).toHaveLength(1);
    const [grid] = read.grids;
    expect(grid.rows[0]).toEqual(["新型教学空间建设计划汇总表"]);
    expect(String(grid.rows[1][0])).toMatch(/^区县：\s+联系人：\s+联系电话：/);
    expect(grid.rows[2]).toEqual(["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"]);
    const xml = sheetXml(bytes);
    expect(xml).toContain('<formula1>"吴兴区,南浔区,德清县,长兴县,安吉县,南太湖新区,市直属学校"</formula1>');
    expect(xml).toContain('sqref="B4:B23"');
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
  });

  test("a list longer than 255 characters goes to the hidden 选项 sheet; Excel and LibreOffice read it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表");
    const lists = new ListSheet(workbook);
    const all = CITIES.flatMap((c) => c.divisions);
    const short = lists.formula("学段", ["1", "2", "3"]);
    const long = lists.formula("区县", all);
    expect(short).toBe('"1,2,3"');
    expect(`"${all.join(",")}"`.length).toBeGreaterThan(LIST_LITERAL_MAX);
    expect(long).toBe(`选项!$A$2:$A$${all.length + 1}`);
    addValidation(sheet, "A2:A10", { type: "list", allowBlank: true, formulae: [long] });
    sheet.getCell("A1").value = "区县";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(sheetXml(bytes)).toContain(`<formula1>选项!$A$2:$A$${all.length + 1}</formula1>`);
    const read = readWorkbook(bytes, "长列表.xlsx");
    expect(read.ok && read.grids.map((g) => [g.name, g.hidden])).toEqual([["表", false], ["选项", true]]);
    expect(read.ok && read.grids[1].rows.slice(1).map((r) => r[0])).toEqual(all);
    const sheets = await libreOfficeSheetsToCsv(bytes, "xlsx");
    expect(sheets.get("选项")!.slice(1).map((r) => r[0])).toEqual(all);
  });

  test("zhejiang-pilot-summary: two header rows for the grouped columns; 试点类别 drop-down", async () => {
    const bytes = await writeTemplateWorkbook(BUILT_IN_CATALOG.get("zhejiang-pilot-summary")!, { rows: 5 });
    const read = readWorkbook(bytes, "试点.xlsx");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [grid] = read.grids;
    expect(grid.rows[2]).toContain("试点工作负责人");
    expect(grid.rows[3]).toEqual(expect.arrayContaining(["姓名", "职务", "联系电话", "电子邮箱"]));
    expect(grid.merges.length).toBeGreaterThan(2);
    expect(sheetXml(bytes)).toContain('<formula1>"区域,学校"</formula1>');
  });

  test("every list-validated template opens in LibreOffice", async () => {
    const bytes = await writeTemplateWorkbook(BUILT_IN_CATALOG.get("huzhou-space-progress")!, { city: "湖州", rows: 5 });
    const sheets = await libreOfficeSheetsToCsv(bytes, "xlsx");
    const [rows] = [...sheets.values()];
    expect(rows[2]).toEqual(["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"]);
    expect(sheetXml(bytes)).toContain('<formula1>"1,2,3,4,5,6,7"</formula1>');
  });

  test("taizhou-indicators: the notice's 70 indicators, read back as the layout with nothing ticked", async () => {
    const bytes = await writeTemplateWorkbook(BUILT_IN_CATALOG.get("taizhou-indicators")!);
    const read = readWorkbook(bytes, "台州评价指标.xlsx");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [grid] = read.grids;
    expect(grid.rows[0][0]).toBe("台州市中小学智慧校园建设评价指标");
    expect(grid.rows[1][0]).toBe("学校名称：          区县：");
    expect(grid.rows[2]).toEqual(["编号", "评价项目", "评价指标", "评价细则", "A级", "B级", "C级", "D级"]);
    expect(grid.rows[3].slice(4)).toEqual(["完全实现", "多数实现", "少数实现", "未实现"]);
    expect(grid.rows[4].slice(0, 4)).toEqual([1, "基础设施", "校园网络", TAIZHOU_INDICATORS[0].detail]);
    expect(grid.rows[73][3]).toBe(TAIZHOU_INDICATORS[69].detail);
    // 评价项目 merged over 1–20, 评价指标 over 1–4 (rows 5–24 and 5–8 of the sheet).
    expect(grid.merges).toEqual(expect.arrayContaining([{ top: 4, left: 1, bottom: 23, right: 1 }, { top: 4, left: 2, bottom: 7, right: 2 }]));
    const xml = sheetXml(bytes);
    expect(xml).toContain('sqref="E5:H74"');
    expect(xml).toContain('<formula1>"√"</formula1>');
    expect(xml).toContain('prompt="每项只在一个等级下打 √"');
    expect(xml).not.toContain("<f>");

    const blank = analyzeSheet(grid, { catalog: BUILT_IN_CATALOG, fileName: "台州评价指标.xlsx" });
    expect(blank.detection?.layoutId).toBe("taizhou-indicators");
    expect(blank.records).toHaveLength(70);
    expect(blank.issues.filter((i) => i.code === "missing-value" && i.field === "等级")).toHaveLength(70);
    expect(blank.issues.filter((i) => !(i.code === "missing-value" && i.field === "等级"))).toEqual([]);

    // A school ticks 60 at A and 10 at B: 标杆.
    const tick = (r: Grid["rows"][number], i: number) => (i >= 4 && i < 74 ? [...r.slice(0, 4), ...(i < 64 ? ["√"] : [null, "√"])] : r);
    const filled: Grid = { ...grid, rows: grid.rows.map(tick) };
    filled.rows[1] = ["学校名称：台州市椒江区第一小学          区县：椒江区"];
    const ticked = analyzeSheet(filled, { catalog: BUILT_IN_CATALOG });
    expect(ticked.issues).toEqual([]);
    expect(ticked.detection?.info).toMatchObject({ 学校名称: "台州市椒江区第一小学", 区县: "椒江区" });
    expect(ticked.derived).toMatchObject({ school: "台州市椒江区第一小学", counts: { A: 60, B: 10 }, grade: "标杆" });
  });

  test("zhangjiagang-feature-application: the notice's form with its six boxes, read back as the form", async () => {
    const bytes = await writeTemplateWorkbook(BUILT_IN_CATALOG.get("zhangjiagang-feature-application")!);
    const read = readWorkbook(bytes, "申报表.xlsx");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [grid] = read.grids;
    expect(grid.rows[0][0]).toBe("“智慧教育特色发展示范校”申报表");
    expect(grid.rows[1][0]).toBe("学校名称");
    expect(grid.rows[2]).toEqual(["申报项目类别（□内打√）", "□智能环境", "□智慧教学", "□三个课堂", "□信息素养", "□智慧管理", "□创新实验"]);
    expect(grid.rows.slice(3).map((r) => r[0])).toEqual(["智慧教育特色发展的基础现状、不足问题、规划措施、时间节点以及预期效果", "教育技术装备室意见", "教育局意见"]);
    expect(grid.rows[3][1]).toBe("（请对照分类内容进行简要阐述；1500 字左右）");
    expect(sheetXml(bytes)).toContain('<formula1>"□智能环境,☑智能环境"</formula1>');

    const blank = analyzeSheet(grid, { catalog: BUILT_IN_CATALOG });
    expect(blank.detection?.layoutId).toBe("zhangjiagang-feature-application");
    // Nothing filled in: no school and no item (an empty required field is `missing-value`).
    expect(blank.issues.map((i) => [i.field, i.code])).toEqual([["学校名称", "missing-value"], ["申报项目", "missing-value"]]);

    const filled: Grid = { ...grid, rows: grid.rows.map((r) => [...r]) };
    filled.rows[1][1] = "张家港市实验小学";
    filled.rows[2][1] = "☑智能环境";
    const one = analyzeSheet(filled, { catalog: BUILT_IN_CATALOG });
    expect(one.issues.map((i) => [i.field, i.code])).toEqual([["申报项目", "invalid-choice"]]);
    filled.rows[2][3] = "☑三个课堂";
    const applied = analyzeSheet(filled, { catalog: BUILT_IN_CATALOG });
    expect(applied.issues).toEqual([]);
    expect(applied.derived).toMatchObject({ school: "张家港市实验小学", ticked: ["智能环境", "三个课堂"], level: "C" });
  });
});
