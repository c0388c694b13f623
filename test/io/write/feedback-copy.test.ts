import ExcelJS from "exceljs";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { feedbackFiles } from "../../../src/core/feedback/feedback-files";
import { createRollups } from "../../../src/core/rollup/create-rollups";
import { SEVERITY_FILL } from "../../../src/core/presentation/severity-fill";
import { writeFeedbackCopy } from "../../../src/io/write";
import { readGrids, writeCsv, writeWithSheetJS } from "../../support";
import { analyzeFiles } from "../../core/rollup/analyze-files";

const TITLE = "新型教学空间建设计划汇总表";
const HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
const RED = `FF${SEVERITY_FILL.error.slice(1)}`;
const YELLOW = `FF${SEVERITY_FILL.warning.slice(1)}`;

/** A school's .xlsx as Excel users make it: a styled, merged title, set widths, a note, an instructions sheet. */
async function styledWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("填表说明");
  info.getCell("A1").value = "请于4月1日前报送";
  const ws = wb.addWorksheet("附件1");
  ws.addRow([TITLE]);
  ws.addRow(["区县：吴兴区  联系人：王芳  联系电话：13905721234"]);
  ws.addRow(HEADER);
  ws.addRow([1, "吴兴区", "湖州市月河小学", 1, "录播教室", 20, null, "1390572123", "教学"]);
  ws.addRow([2, "吴兴区", "湖州市月河小学", 1, "创客空间", 30000, "王芳", "13905721234", null]);
  ws.mergeCells("A1:I1");
  ws.mergeCells("A2:I2");
  ws.getColumn(3).width = 28;
  ws.getColumn(8).width = 17;
  const bold = { name: "宋体", size: 11, bold: true };
  for (const address of ["G4", "H4", "H5", "E4"]) ws.getCell(address).font = bold;
  ws.getCell("E4").note = "学校自己的批注";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function feedbackFor(files: Array<{ path: string; bytes: Uint8Array }>) {
  const set = createRollups({ catalog: BUILT_IN_CATALOG, city: "湖州市" });
  for (const file of analyzeFiles(files, "湖州市", { checkDuplicates: false })) set.add(file);
  return feedbackFiles(set.finish()).files;
}

test("an .xlsx copy keeps the school's workbook: sheets, merges, widths, fonts, its own note; problems filled and noted, 问题说明 first", async () => {
  const bytes = await styledWorkbook();
  const kept = bytes.slice();
  const [file] = await feedbackFor([{ path: "湖州市月河小学.xlsx", bytes }]);
  expect(file.issues.map((i) => [i.row, i.column, i.code])).toEqual([
    [4, 7, "missing-value"],
    [4, 8, "invalid-phone"],
    [5, 6, "suspicious-value"],
  ]);
  const copy = await writeFeedbackCopy({ bytes, fileName: "湖州市月河小学.xlsx" }, file.issues, { school: file.school, title: TITLE });
  expect(copy.basis).toBe("workbook");
  expect(bytes).toEqual(kept);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(copy.bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual(["问题说明", "填表说明", "附件1"]);
  const ws = wb.getWorksheet("附件1")!;
  expect(ws.model.merges).toEqual(expect.arrayContaining(["A1:I1", "A2:I2"]));
  expect([ws.getColumn(3).width, ws.getColumn(8).width]).toEqual([28, 17]);
  const fillOf = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  expect([fillOf("G4"), fillOf("H4"), fillOf("F5")]).toEqual([RED, RED, YELLOW]);
  // Cells sharing the marked cells' style are not filled with them.
  expect([fillOf("H5"), fillOf("E4")]).toEqual([undefined, undefined]);
  expect(ws.getCell("H4").font).toMatchObject({ bold: true });
  expect(String(ws.getCell("H4").note)).toBe("“联系电话”“1390572123”不是有效的电话号码（应为 11 位手机号，或区号加 7–8 位座机号，如 0572-2345678）");
  expect(String(ws.getCell("E4").note)).toBe("学校自己的批注");
  expect(wb.getWorksheet("填表说明")!.getCell("A1").value).toBe("请于4月1日前报送");
  expect(wb.views[0]).toMatchObject({ activeTab: 0 });

  const [list] = readGrids(copy.bytes, "copy.xlsx");
  expect(list.rows).toEqual([
    ["湖州市月河小学《新型教学空间建设计划汇总表》问题说明（共 3 处）"],
    ["序号", "工作表", "单元格", "字段", "问题", "应为", "级别"],
    [1, "附件1", "G4", "项目负责人", "未填写", "填写此项", "错误"],
    [2, "附件1", "H4", "联系电话", "号码少一位", "11 位手机号，或区号加 7–8 位座机号，如 0572-2345678", "错误"],
    [3, "附件1", "F5", "预算金额（万元）", "“30000”超过 10000万元，请核对单位", "以万元为单位的金额", "提示"],
  ]);
});

test("a GBK .csv and a BIFF8 .xls get an .xlsx copy of the values read, marked the same way; in English with en-US", async () => {
  const rows = [[TITLE], HEADER, [1, "南浔区", "南浔区练市小学", 1, "AI实验室", 20, "钱七", "0572-123", "013000"]];
  const csv = writeCsv(rows, "gbk");
  const xls = writeWithSheetJS([{ name: "汇总表", rows, merges: ["A1:I1"] }], "xls");
  const files = await feedbackFor([
    { path: "练市小学.csv", bytes: csv },
    { path: "练市小学（表）.xls", bytes: xls },
  ]);
  for (const [file, bytes, name] of [[files[0], csv, "练市小学.csv"], [files[1], xls, "练市小学（表）.xls"]] as const) {
    const copy = await writeFeedbackCopy({ bytes, fileName: name }, file.issues, { school: file.school, title: TITLE, locale: "en-US" });
    expect(copy.basis).toBe("values");
    const source = readGrids(bytes, name)[0];
    const grids = readGrids(copy.bytes, "copy.xlsx");
    expect(grids.map((g) => g.name)).toEqual(["问题说明", source.name]);
    expect(grids[1].rows).toEqual(source.rows);
    expect(grids[1].merges).toEqual(source.merges);
    expect(grids[0].rows[1]).toEqual(["No.", "Sheet", "Cell", "Field", "Problem", "Expected", "Severity"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy.bytes as unknown as ArrayBuffer);
    const phone = wb.getWorksheet(source.name)!.getCell(3, 8);
    expect((phone.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(RED);
    expect(String(phone.note)).toContain("is not a valid phone number");
  }
  // The school, not the file name: the one school the rows name.
  expect(files.map((f) => f.school)).toEqual(["南浔区练市小学", "南浔区练市小学"]);
});

test("a file the reader refuses throws its reason instead of writing a copy", async () => {
  await expect(writeFeedbackCopy({ bytes: new TextEncoder().encode("PK\u0003\u0004 cut short"), fileName: "坏.xlsx" }, [], { school: "坏", title: TITLE })).rejects.toThrow(/损坏|不完整/);
});
