import { strFromU8, unzipSync } from "fflate";
import { readWorkbook } from "../../../src/io/read/read-workbook";
import ExcelJS from "exceljs";
import { CITIES } from "../../../src/core/rules/districts";
import { writeTemplateWorkbook } from "../../../src/io/write/template-workbook";
import { addValidation, LIST_LITERAL_MAX, ListSheet } from "../../../src/io/write/validation-lists";
import { libreOfficeSheetsToCsv } from "../../support";

/** A worksheet's XML with `&quot;` decoded, to read validation formulas as Excel shows them. */
function sheetXml(bytes: Uint8Array, n = 1): string {
  return strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`]).replace(/&quot;/g, '"');
}

describe("writeTemplateWorkbook", () => {
  test("huzhou-space-plan: title, info line, header, and the city's districts as a drop-down", async () => {
    const bytes = await writeTemplateWorkbook("huzhou-space-plan", { city: "湖州市", rows: 20 });
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
    const bytes = await writeTemplateWorkbook("zhejiang-pilot-summary", { rows: 5 });
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
    const bytes = await writeTemplateWorkbook("huzhou-space-progress", { city: "湖州", rows: 5 });
    const sheets = await libreOfficeSheetsToCsv(bytes, "xlsx");
    const [rows] = [...sheets.values()];
    expect(rows[2]).toEqual(["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"]);
    expect(sheetXml(bytes)).toContain('<formula1>"1,2,3,4,5,6,7"</formula1>');
  });

  test("an unknown layout is a clear error", async () => {
    await expect(writeTemplateWorkbook("no-such-layout")).rejects.toThrow(/未知的表样/);
  });
});
