import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { issue, type LocatedIssue } from "../../../src/core/model/issue";
import type { RollupResult } from "../../../src/core/rollup/result";
import { readWorkbook } from "../../../src/io/read/read-workbook";
import { writeRollupWorkbook } from "../../../src/io/write/rollup-workbook";
import { streamRollupWorkbook } from "../../../src/io/write/rollup-workbook-stream";
import { libreOfficeSheetsToCsv } from "../../support";

const FIELDS = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
const PLAN = BUILT_IN_CATALOG.get("huzhou-space-plan")!;
const HOSTILE = ["=1+1", "+86 13912345678", "-3+2", "@SUM(A1)", "\t=2*3", "\r=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")"];

function record(i: number, remark: string | null) {
  return {
    values: { 序号: i + 1, 区县: "吴兴区", 学校名称: `湖州市第${i + 1}中学`, "拟建空间数量（个）": 1, 空间名称: "AI实验室", "预算金额（万元）": 12.5, 项目负责人: "李四", 联系电话: "0572-2345678", "备注（应用方向）": remark },
    source: { path: `吴兴区/学校${i + 1}.xlsx`, sheet: "附件1", row: 4 + i },
    district: "吴兴区",
  };
}

const result: RollupResult = {
  layout: "huzhou-space-plan",
  title: "新型教学空间建设计划汇总表",
  schoolField: "学校名称",
  fields: FIELDS,
  city: "湖州市",
  rows: { read: 10, merged: 9, rejected: 1, skipped: 3, skippedBy: { subtotal: 2, example: 1 } },
  records: [...HOSTILE.map((h, i) => record(i, h)), record(7, "013000"), record(8, null)],
  rejected: [],
  issues: [
    { ...issue("invalid-phone", { field: "联系电话", row: 5, column: 8, value: "12345" }), path: "吴兴区/学校2.xlsx", sheet: "附件1" } as LocatedIssue,
    { ...issue("not-submitted", { field: "学校名称", value: "湖州市第十中学", params: { suggestion: "湖州市第10中学", district: "吴兴区" } }), path: "名单.xlsx", sheet: "Sheet1", row: 12 } as LocatedIssue,
  ],
  quotas: [{ scope: "吴兴区", category: "新型教学空间", limit: 4, count: 5, exceeded: true }],
  totals: { districts: [{ district: "吴兴区", rows: 9, schools: 9, spaces: 9, budget: 112.5 }], all: { district: "合计", rows: 9, schools: 9, spaces: 9, budget: 112.5 } },
  files: [
    { path: "吴兴区/学校1.xlsx", sheet: "附件1", status: "merged", layout: "huzhou-space-plan", rows: 1 },
    { path: "吴兴区/学校2.xlsx", sheet: "附件1", status: "merged", layout: "huzhou-space-plan", rows: 8, skipped: { subtotal: 2, example: 1 } },
  ],
};

describe("writeRollupWorkbook", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeRollupWorkbook(result, PLAN, { date: "2025-04-02" });
  });

  test("every sheet is there and every row reads back with our reader", () => {
    const read = readWorkbook(bytes, "汇总.xlsx");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.grids.map((g) => g.name)).toEqual(["汇总", "问题清单", "名额", "统计", "未报送", "文件"]);
    const summary = read.grids[0];
    expect(summary.rows[0]).toEqual(["新型教学空间建设计划汇总表（汇总）"]);
    // Every row is of 吴兴区: a county roll-up names its county.
    expect(summary.rows[1][0]).toContain("汇总单位：湖州市吴兴区");
    expect(summary.rows[2]).toEqual([...FIELDS, "来源文件", "来源工作表", "来源行号"]);
    expect(summary.rows.slice(3).map((r) => r[8])).toEqual([...HOSTILE, "013000", null]);
    expect(summary.rows[3].slice(0, 8)).toEqual([1, "吴兴区", "湖州市第1中学", 1, "AI实验室", 12.5, "李四", "0572-2345678"]);
    expect(summary.rows[3].slice(9)).toEqual(["吴兴区/学校1.xlsx", "附件1", 4]);
    const issues = read.grids[1];
    // The other sheets: title, header, rows.
    expect(issues.rows[1]).toEqual(["文件", "工作表", "行号", "列", "字段", "问题代码", "级别", "说明"]);
    expect(issues.rows[2].slice(0, 7)).toEqual(["吴兴区/学校2.xlsx", "附件1", 5, "H", "联系电话", "invalid-phone", "错误"]);
    // The location has columns of its own; the sentence says what is wrong, not where again.
    expect(String(issues.rows[2][7])).toContain("12345");
    expect(String(issues.rows[2][7])).not.toContain("第 5 行");
    expect(issues.rows).toHaveLength(2 + result.issues.length);
    expect(read.grids[2].rows[2]).toEqual(["吴兴区", "新型教学空间", 4, 5, "是"]);
    // The rows the roll-up looked at: data (merged + rejected) and the rows skipped, by reason.
    expect(read.grids[3].rows[1]).toEqual(["数据行：10（汇总 9，剔除 1）  跳过的行：3（小计/合计行 2、示例行 1）"]);
    expect(read.grids[3].rows.slice(3)).toEqual([["吴兴区", 9, 9, 9, 112.5], ["合计", 9, 9, 9, 112.5]]);
    expect(read.grids[4].rows[2]).toEqual(["湖州市第十中学", "吴兴区", "湖州市第10中学", "名单.xlsx", 12]);
    expect(read.grids[5].rows[1]).toEqual(["文件", "工作表", "处理结果", "表样", "数据行数", "跳过的行", "说明"]);
    expect(read.grids[5].rows[2]).toEqual(["吴兴区/学校1.xlsx", "附件1", "已汇总", "huzhou-space-plan", 1]);
    expect(read.grids[5].rows[3]).toEqual(["吴兴区/学校2.xlsx", "附件1", "已汇总", "huzhou-space-plan", 8, "小计/合计行 2、示例行 1"]);
  });

  test("no cell is a formula: values starting with = + - @ tab or CR are text cells with the @ format", () => {
    const files = unzipSync(bytes);
    const sheetXml = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => strFromU8(files[n])).join("");
    expect(sheetXml).not.toContain("<f>");
    expect(sheetXml).not.toContain("<f ");
    const shared = strFromU8(files["xl/sharedStrings.xml"]);
    expect(shared).toContain("=1+1");
    const styles = strFromU8(files["xl/styles.xml"]);
    expect(styles).toMatch(/numFmtId="49"|formatCode="@"/);
  });

  test("the workbook opens in LibreOffice and every sheet's rows come back as written", async () => {
    const sheets = await libreOfficeSheetsToCsv(bytes, "xlsx");
    expect([...sheets.keys()].sort()).toEqual(["名额", "文件", "未报送", "汇总", "统计", "问题清单"].sort());
    const summary = sheets.get("汇总")!;
    expect(summary[2]).toEqual([...FIELDS, "来源文件", "来源工作表", "来源行号"]);
    // LibreOffice turns a carriage return inside a cell into a line feed; the text is otherwise as written.
    expect(summary.slice(3).map((r) => r[8])).toEqual([...HOSTILE.map((h) => h.replace(/\r/g, "\n")), "013000", ""]);
    expect(sheets.get("问题清单")![2].slice(0, 7)).toEqual(["吴兴区/学校2.xlsx", "附件1", "5", "H", "联系电话", "invalid-phone", "错误"]);
    expect(summary).toHaveLength(3 + 9);
  });

  test("messages follow the locale", async () => {
    const en = readWorkbook(await writeRollupWorkbook(result, PLAN, { locale: "en-US", date: "2025-04-02" }), "en.xlsx");
    expect(en.ok && en.grids[1].rows[2][6]).toBe("error");
    expect(en.ok && String(en.grids[1].rows[2][7])).toMatch(/[a-z]/);
  });

  test("汇总 shows the cells with issues as the pane marks a sheet; long messages get rows tall enough to read", async () => {
    const marked: RollupResult = {
      ...result,
      issues: [
        ...result.issues,
        // A duplicate points at two merged rows; a quota overrun at the row past the limit (no field: the school's cell).
        { ...issue("duplicate-row", { field: "空间名称", row: 7, rows: [{ path: "吴兴区/学校3.xlsx", sheet: "附件1", row: 6 }, { path: "吴兴区/学校4.xlsx", sheet: "附件1", row: 7 }] }), path: "吴兴区/学校4.xlsx", sheet: "附件1" } as LocatedIssue,
        { ...issue("quota-exceeded", { rows: [{ path: "吴兴区/学校5.xlsx", sheet: "附件1", row: 8 }], params: { scope: "吴兴区", category: "", count: 5, limit: 4 } }) } as LocatedIssue,
      ],
    };
    const workbook = new ExcelJS.Workbook();
    const written = await writeRollupWorkbook(marked, PLAN, { date: "2025-04-02" });
    await workbook.xlsx.load(written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as ArrayBuffer);
    const summary = workbook.getWorksheet("汇总")!;
    const fill = (row: number, column: number) => (summary.getCell(row, column).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    // Data starts on sheet row 4: record i sits on row 4 + i. 联系电话 is column H (8), 空间名称 E (5), 学校名称 C (3).
    expect(fill(5, 8)).toBe("FFFFC7CE");
    expect(fill(6, 5)).toBe("FFFFEB9C");
    expect(fill(7, 5)).toBe("FFFFEB9C");
    expect(fill(8, 3)).toBe("FFFFC7CE");
    // Cells without an issue, and the roster's not-submitted row (not in the roll-up), stay unfilled.
    expect(fill(4, 8)).toBeUndefined();
    expect(fill(5, 5)).toBeUndefined();
    const marks = [];
    for (let r = 4; r < 4 + marked.records.length; r++) for (let c = 1; c <= FIELDS.length; c++) if (fill(r, c)) marks.push([r, c]);
    expect(marks).toEqual([[5, 8], [6, 5], [7, 5], [8, 3]]);

    const list = workbook.getWorksheet("问题清单")!;
    const widthOf = (c: number) => list.getColumn(c).width!;
    let wrapped = 0;
    for (let r = 3; r <= list.rowCount; r++) {
      const text = String(list.getCell(r, 8).value);
      const cjkWidth = [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
      if (cjkWidth > widthOf(8)) {
        wrapped++;
        expect(list.getRow(r).height).toBeGreaterThanOrEqual(2 * 15);
      }
    }
    expect(wrapped).toBeGreaterThan(0);
  });
});

describe("streamRollupWorkbook (the CLI's file)", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    await streamRollupWorkbook(result, PLAN, sink, { date: "2025-04-02" });
    bytes = new Uint8Array(Buffer.concat(chunks));
  });

  test("no cell is a formula, text cells have the @ format, as in memory", () => {
    const files = unzipSync(bytes);
    const sheetXml = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => strFromU8(files[n])).join("");
    expect(sheetXml).not.toContain("<f>");
    expect(sheetXml).not.toContain("<f ");
    // Strings are written inline (no shared-string table to hold while streaming): the text is a value, not a formula.
    expect(files["xl/sharedStrings.xml"]).toBeUndefined();
    expect(sheetXml).toMatch(/<c r="[A-Z]+\d+"[^>]* t="str"><v>=1\+1<\/v><\/c>/);
    expect(strFromU8(files["xl/styles.xml"])).toMatch(/numFmtId="49"|formatCode="@"/);
  });

  test("styles stay: the title merged, the header frozen and repeated on every printed page, marks filled", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const summary = workbook.getWorksheet("汇总")!;
    expect(summary.getCell("A1").font?.bold).toBe(true);
    expect(summary.getCell("L1").isMerged).toBe(true);
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(summary.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "3:3" });
    expect(summary.getColumn(3).width).toBeGreaterThan(6);
    expect((summary.getCell(5, 8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    const quotas = workbook.getWorksheet("名额")!;
    expect(quotas.getCell("A3").font?.color?.argb).toBe("FFC00000");
  });
});
