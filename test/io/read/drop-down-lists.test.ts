import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { attachDropDownLists, readDropDownLists } from "../../../src/io/read/read-drop-down-lists";
import { convertWithLibreOffice, readGrids } from "../../support";

/** A template with a literal list, a list on a hidden sheet, and one through a defined name. */
async function template(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("统计表");
  sheet.getCell("C3").value = "学段";
  sheet.getCell("D3").value = "设备类别";
  sheet.getCell("E3").value = "是否达标";
  const options = workbook.addWorksheet("选项", { state: "hidden" });
  ["交互式大屏", "计算机", "平板电脑"].forEach((v, i) => (options.getCell(i + 2, 1).value = v));
  ["是", "否"].forEach((v, i) => (options.getCell(i + 2, 2).value = v));
  workbook.definedNames.add("选项!$B$2:$B$3", "达标");
  const dv = (sheet as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  dv.add("C4:C50", { type: "list", allowBlank: true, formulae: ['"小学,初中,高中"'] });
  dv.add("D4:D50", { type: "list", allowBlank: true, formulae: ["选项!$A$2:$A$4"] });
  dv.add("E4:E50", { type: "list", allowBlank: true, formulae: ["达标"] });
  dv.add("F4:F50", { type: "whole", operator: "greaterThan", formulae: [0] });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const byColumn = (lists: Map<string, Array<{ area: { left: number; top: number; bottom: number }; values: string[] }>>, sheet: string) =>
  Object.fromEntries((lists.get(sheet) ?? []).map((l) => [l.area.left, l.values]));

describe("readDropDownLists", () => {
  test("literal, another sheet's range and a defined name; other validations are not lists", async () => {
    const lists = readDropDownLists(await template());
    expect(byColumn(lists, "统计表")).toEqual({ 2: ["小学", "初中", "高中"], 3: ["交互式大屏", "计算机", "平板电脑"], 4: ["是", "否"] });
    expect(lists.get("统计表")![0].area).toEqual({ top: 3, left: 2, bottom: 49, right: 2 });
  });

  test("the same lists after LibreOffice re-saves the template", async () => {
    const resaved = await convertWithLibreOffice(await template(), "xlsx", "xlsx");
    expect(byColumn(readDropDownLists(resaved), "统计表")).toMatchObject({ 2: ["小学", "初中", "高中"], 3: ["交互式大屏", "计算机", "平板电脑"] });
  });

  test("Excel 2010's x14 form of a list on another sheet", async () => {
    const files = unzipSync(await template());
    const xml = strFromU8(files["xl/worksheets/sheet1.xml"]).replace(/<dataValidations[\s\S]*?<\/dataValidations>/, "");
    const ext =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1">' +
      "<x14:formula1><xm:f>选项!$A$2:$A$4</xm:f></x14:formula1><xm:sqref>D4:D50</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>";
    files["xl/worksheets/sheet1.xml"] = strToU8(xml.replace("</worksheet>", `${ext}</worksheet>`));
    expect(byColumn(readDropDownLists(zipSync(files)), "统计表")).toEqual({ 3: ["交互式大屏", "计算机", "平板电脑"] });
  });

  test("areas move with the grid's origin; a CSV or a broken file has none", async () => {
    const bytes = await template();
    const grids = attachDropDownLists(readGrids(bytes, "t.xlsx"), readDropDownLists(bytes));
    const sheet = grids.find((g) => g.name === "统计表")!;
    expect(sheet.origin).toEqual({ row: 2, column: 2 });
    expect(sheet.lists?.[0].area).toEqual({ top: 1, left: 0, bottom: 47, right: 0 });
    expect(readDropDownLists(new TextEncoder().encode("学段,设备\n小学,计算机\n")).size).toBe(0);
    expect(readDropDownLists(bytes.subarray(0, 200)).size).toBe(0);
  });
});
