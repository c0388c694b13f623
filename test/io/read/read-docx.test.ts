import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { analyzeWorkbook, formatIssue } from "../../../src/core";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import type { Grid } from "../../../src/core/model/grid";
import { readWorkbook } from "../../../src/io/read/read-workbook";
import { convertWithLibreOffice, readGrids } from "../../support";
import { writeDocx, writeDocxText } from "../../support/write-docx";

const SAMPLES = join(__dirname, "..", "..", "samples");
const sample = (path: string) => new Uint8Array(readFileSync(join(SAMPLES, path)));
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';

/** A .docx whose document.xml body is given (the package around it as Word writes it). */
function docxWithBody(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...extra,
  });
}
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;

function gridsOf(bytes: Uint8Array, name = "a.docx"): Grid[] {
  const read = readWorkbook(bytes, name);
  if (!read.ok) throw new Error(read.message.en);
  expect(read.format).toBe("docx");
  return read.grids;
}

describe("a Word table read as its spreadsheet twin", () => {
  // Same records (every field) and the same issues, the Word rows numbered from the table's first row.
  const twins: Array<[string, string, number]> = [
    ["huzhou-space-plan/template-filled-word.docx", "huzhou-space-plan/template-filled.xlsx", 3],
    ["huzhou-space-progress/monthly-stage-text-word.docx", "huzhou-space-progress/monthly-stage-text.xlsx", 2],
    ["zhejiang-pilot-summary/grouped-two-row-header-word.docx", "zhejiang-pilot-summary/grouped-two-row-header.xlsx", 2],
    ["zhejiang-pilot-summary/grouped-two-row-header-libreoffice.docx", "zhejiang-pilot-summary/grouped-two-row-header.xlsx", 2],
    ["ningbo-benchmark-summary/wps-xls-word.docx", "ningbo-benchmark-summary/wps-xls.xls", 3],
    ["zhangjiagang-feature-application/form-content-control-boxes.docx", "zhangjiagang-feature-application/form-ticked.xlsx", 1],
    ["zhangjiagang-feature-application/form-legacy-boxes.docx", "zhangjiagang-feature-application/form-ticked.xlsx", 1],
  ];
  test.each(twins)("%s", (word, twin, above) => {
    const [table] = analyzeWorkbook(word, readGrids(sample(word), word), { catalog: BUILT_IN_CATALOG, fileName: word }).sheets;
    const [sheet] = analyzeWorkbook(twin, readGrids(sample(twin), twin), { catalog: BUILT_IN_CATALOG, fileName: twin }).sheets;
    expect(table.sheet).toBe("表格1");
    expect(table.kind).toBe("word-table");
    expect(table.detection?.layoutId).toBe(sheet.detection?.layoutId);
    expect(table.detection?.info).toEqual(sheet.detection?.info);
    // A Word cell is text: a value the checks refuse stays as written (`8` for a stage), where the sheet had the number.
    const text = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? null : String(v)]));
    expect(table.records.map((r) => text(r.values))).toEqual(sheet.records.map((r) => text(r.values)));
    expect(table.records.map((r) => r.row + above)).toEqual(sheet.records.map((r) => r.row));
    const issues = (list: typeof sheet.issues, shift: number) => list.map((i) => [i.code, i.field ?? "", i.row === undefined ? null : i.row + shift]);
    expect(issues(table.issues, above)).toEqual(issues(sheet.issues, 0));
    expect(table.derived).toEqual(sheet.derived);
  });
});

describe("Word document structure", () => {
  test("gridSpan and vMerge become merged areas, gridBefore shifts the row, paragraphs in a cell join with a line break", () => {
    const body =
      p("附件1") + p("新型教学空间建设计划汇总表") + p("区县：吴兴区") +
      "<w:tbl>" +
      `<w:tr>${tc(p("序号"), '<w:vMerge w:val="restart"/>')}${tc(p("负责人"), '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc("<w:p/>", "<w:vMerge/>")}${tc(p("姓名"))}${tc(p("电话"))}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p("王一") + p("李二"))}${tc(p("139") + "<w:p/>")}</w:tr>` +
      "</w:tbl>" + p("注：盖章");
    const [grid] = gridsOf(docxWithBody(body));
    expect(grid).toMatchObject({ name: "表格1", kind: "word-table", origin: { row: -3, column: 0 } });
    expect(grid.rows).toEqual([["附件1"], ["新型教学空间建设计划汇总表"], ["区县：吴兴区"], ["序号", "负责人"], [null, "姓名", "电话"], [null, "王一\n李二", "139"]]);
    expect(grid.merges).toEqual([{ top: 3, left: 0, bottom: 4, right: 0 }, { top: 3, left: 1, bottom: 3, right: 2 }]);
  });

  test("every table is a grid, nested ones too, numbered in document order with their own title lines", () => {
    const inner = `<w:tbl><w:tr>${tc(p("内"))}</w:tr></w:tbl>`;
    const body =
      p("表一") + `<w:tbl><w:tr>${tc(p("说明") + inner + "<w:p/>")}${tc(p("右"))}</w:tr></w:tbl>` +
      p("表二") + p("区县：德清县") + `<w:tbl><w:tr>${tc(p("甲"))}</w:tr></w:tbl>`;
    const grids = gridsOf(docxWithBody(body));
    expect(grids.map((g) => [g.name, g.rows])).toEqual([
      ["表格1", [["表一"], ["说明", "右"]]],
      ["表格2", [["说明"], ["内"]]],
      ["表格3", [["表二"], ["区县：德清县"], ["甲"]]],
    ]);
  });

  test("check boxes: content controls, legacy form fields, Wingdings symbols and typed marks read as ticks", () => {
    const control = (checked: boolean) =>
      `<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>${checked ? "☒" : "☐"}</w:t></w:r></w:sdtContent></w:sdt>`;
    const legacy = (checked: boolean) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/><w:default w:val="${checked ? 1 : 0}"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const sym = (code: string, font = "Wingdings") => `<w:r><w:sym w:font="${font}" w:char="${code}"/></w:r>`;
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const cell = `<w:p>${control(true)}${run("智能环境 ")}${control(false)}${run("智慧教学 ")}${legacy(true)}${run("三个课堂 ")}${legacy(false)}${run("信息素养 ")}${sym("F0FE")}${run("智慧管理 ")}${sym("F0A8")}${run("创新实验 ")}${sym("52", "Wingdings 2")}${run("甲 ■乙 □丙")}</w:p>`;
    const [grid] = gridsOf(docxWithBody(`<w:tbl><w:tr>${tc(cell)}</w:tr></w:tbl>`));
    expect(grid.rows[0][0]).toBe("☑智能环境 ☐智慧教学 ☑三个课堂 ☐信息素养 ☑智慧管理 ☐创新实验 ☑甲 ■乙 □丙");
  });

  test("deleted revisions, field instructions, text boxes and markup fallbacks add no text", () => {
    const cell =
      '<w:p><w:r><w:t>湖州</w:t></w:r><w:del><w:r><w:delText>旧名</w:delText></w:r></w:del>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 学校 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一中</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:t>框</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    const [grid] = gridsOf(docxWithBody(`<w:tbl><w:tr>${tc(cell)}</w:tr></w:tbl>`));
    expect(grid.rows[0][0]).toBe("湖州一中");
  });

  test.each(["form-legacy-boxes", "form-content-control-boxes"])("the form %s, opened and re-saved by LibreOffice Writer, keeps its ticks", async (name) => {
    const resaved = await convertWithLibreOffice(sample(`zhangjiagang-feature-application/${name}.docx`), "docx", "docx:MS Word 2007 XML");
    const [sheet] = analyzeWorkbook("申报表.docx", gridsOf(resaved), { catalog: BUILT_IN_CATALOG }).sheets;
    expect(sheet.derived).toMatchObject({ ticked: ["智能环境", "三个课堂", "智慧管理"], count: 3, level: "C" });
  });
});

describe("Word files that give no table", () => {
  test("a .docx without a table is unknown-layout, saying it holds no table", async () => {
    const bytes = await writeDocxText(["关于报送新型教学空间建设计划的通知", "各区县教育局："]);
    const { sheets } = analyzeWorkbook("通知.docx", gridsOf(bytes), { catalog: BUILT_IN_CATALOG });
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({ sheet: "正文", kind: "word-text", records: [] });
    expect(sheets[0].issues).toEqual([expect.objectContaining({ code: "unknown-layout", params: { reason: "no-table" } })]);
    expect(formatIssue({ ...sheets[0].issues[0], path: "通知.docx" })).toBe("文件 通知.docx：Word 文档中没有表格，无法识别表格格式");
  });

  test("a real .doc (Word 97–2003, saved by LibreOffice) is unreadable-file: save it as .docx", async () => {
    const docx = await writeDocx([{ above: ["新型教学空间建设计划汇总表"], rows: [["序号", "学校名称"], ["1", "湖州市第一中学"]] }]);
    const doc = await convertWithLibreOffice(docx, "docx", 'doc:MS Word 97');
    const read = readWorkbook(doc, "某校.doc");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason).toBe("word-97");
    expect(read.issue).toMatchObject({ code: "unreadable-file", params: { reason: "word-97" } });
    expect(read.message.zh).toContain("Word 97–2003 文档，请另存为 .docx 后重新报送");
    expect(formatIssue({ ...read.issue, path: "某校.doc" })).toBe("文件 某校.doc：Word 97–2003 文档，请另存为 .docx 后重新报送");
    expect(formatIssue({ ...read.issue, path: "某校.doc" }, "en-US")).toBe("某校.doc: a Word 97–2003 document; save it as .docx and submit it again");
  });
});

describe("the zip guard covers Word documents", () => {
  test("a document.xml that inflates past its cap is too-large, before any XML is parsed", async () => {
    const bytes = await writeDocx([{ rows: [["序号"], ["1"]] }]);
    const parts = unzipSync(bytes);
    const padding = "<w:p/>".repeat(400_000); // 2.4 MB that deflates to a few KB
    parts["word/document.xml"] = strToU8(strFromU8(parts["word/document.xml"]).replace("<w:body>", `<w:body>${padding}`));
    const read = readWorkbook(zipSync(parts), "炸弹.docx", { limits: { maxUncompressedBytes: 1_000_000 } });
    expect(read.ok ? "ok" : read.reason).toBe("too-large");
    const ratio = readWorkbook(zipSync(parts), "炸弹.docx", { limits: { maxCompressionRatio: 50 } });
    expect(ratio.ok ? "ok" : ratio.reason).toBe("too-large");
  });

  test("malformed document XML is corrupt, not an exception", () => {
    const read = readWorkbook(docxWithBody("<w:p><w:r><w:t>未闭合"), "坏.docx");
    expect(read.ok ? "ok" : read.reason).toBe("corrupt");
  });
});
