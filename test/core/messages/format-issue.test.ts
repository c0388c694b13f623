import { columnLetter, formatIssue, ISSUE_CODES, issue, MESSAGE_TABLES, paramsOf } from "../../../src/core";
import { createRollup } from "../../../src/core/rollup/create-rollup";
import { readWorkbook } from "../../../src/io/read";
import { encryptWithLibreOffice, writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { analyzeFiles } from "../rollup/analyze-files";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

test("column letters follow Excel: A, Z, AA, AZ, BA, ZZ, AAA", () => {
  expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
});

test("a message names file, sheet, row, column letter, field, value and the expected form in both locales", () => {
  const i = issue("invalid-phone", { field: "联系电话", row: 7, column: 8, value: "12345" });
  expect(formatIssue(i, "zh-CN", { path: "吴兴区.xlsx", sheet: "附件1" })).toBe(
    "文件 吴兴区.xlsx，工作表 附件1，第 7 行 H 列：“联系电话”“12345”不是有效的电话号码（应为 11 位手机号，或区号加 7–8 位座机号，如 0572-2345678）",
  );
  expect(formatIssue(i, "en-US", { path: "吴兴区.xlsx", sheet: "附件1" })).toBe(
    '吴兴区.xlsx, sheet 附件1, row 7, column H: "联系电话" "12345" is not a valid phone number (expected an 11-digit mobile, or an area code and a 7–8 digit landline such as 0572-2345678)',
  );
});

test("every issue code has a sentence in every locale", () => {
  for (const [locale, table] of Object.entries(MESSAGE_TABLES)) {
    for (const code of ISSUE_CODES) {
      const text = table.codes[code]({ field: "学校名称", value: "x" });
      expect({ locale, code, ok: typeof text === "string" && text.length > 3 }).toEqual({ locale, code, ok: true });
    }
  }
});

test("number issues say what is expected", () => {
  const i = issue("invalid-number", { field: "拟建空间数量（个）", row: 5, column: 4, value: "1.5", params: { type: "integer", min: 1, reason: "not-whole" } });
  expect(formatIssue(i, "zh-CN")).toBe("第 5 行 D 列：“拟建空间数量（个）”“1.5”不是整数（应为不小于 1 的整数）");
  expect(formatIssue(i, "en-US")).toBe('row 5, column D: "拟建空间数量（个）" "1.5" is not a whole number (expected a whole number of at least 1)');
});

test("stage-regressed names the school, not its stage: formatted from a real two-month roll-up", async () => {
  const header = ["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"];
  const files = analyzeFiles([
    {
      path: "吴兴区/月报202505.xlsx",
      bytes: await writeXlsxExcelJS([{ name: "附件2", rows: [["新型教学空间建设进展情况月报表"], ["区县：吴兴区"], header, [1, null, "吴兴区实验小学", 1, "采购完成，准备建设", null]] }]),
    },
    { path: "吴兴区/月报202506.csv", bytes: writeCsv([header, ["1", "吴兴区", "吴兴区实验小学", "1", "2", "供应商变更"]], "gbk") },
  ]);
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-progress" });
  for (const file of files) rollup.add(file);
  const [regressed] = rollup.finish().issues.filter((i) => i.code === "stage-regressed");
  expect(formatIssue(regressed, "zh-CN")).toBe(
    "文件 吴兴区/月报202506.csv，工作表 月报202506，第 2 行 E 列：“吴兴区实验小学”的“月度工作进展情况”从 3（2025-05）退回到 2（2025-06）",
  );
  expect(formatIssue(regressed, "en-US")).toBe(
    '吴兴区/月报202506.csv, sheet 月报202506, row 2, column E: "吴兴区实验小学" went back in "月度工作进展情况" from stage 3 (2025-05) to 2 (2025-06)',
  );
});

test("unreadable-file says why in words for each reason the reader gives, never the bare code", async () => {
  const empty = analyzeFiles([{ path: "空.xlsx", bytes: new Uint8Array(0) }])[0].error!;
  const corrupt = analyzeFiles([{ path: "半个.xlsx", bytes: new TextEncoder().encode("PK\u0003\u0004 cut short") }])[0].error!;
  const pdf = analyzeFiles([{ path: "扫描件.xlsx", bytes: new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n") }])[0].error!;
  const sentences = [empty, corrupt, pdf].map((e) => [paramsOf(e, "unreadable-file")?.reason, formatIssue(e, "zh-CN", { path: e.value }), formatIssue(e, "en-US")]);
  expect(sentences).toEqual([
    ["empty", "文件 空.xlsx：文件是空的，没有可读取的内容", "the file is empty; there is nothing to read"],
    ["corrupt", "文件 半个.xlsx：文件已损坏或不完整，无法读取；请重新保存或重新发送", "the file is damaged or incomplete and cannot be read; save or send it again"],
    [
      "not-spreadsheet",
      "文件 扫描件.xlsx：文件不是电子表格或 Word 文档（支持 .xlsx、.xls、.ods、.csv、.docx 及其 .zip 压缩包），无法读取",
      "the file is not a spreadsheet or Word document (.xlsx, .xls, .ods, .csv, .docx and .zip archives of them are supported) and cannot be read",
    ],
  ]);
  // A password-protected .xls as LibreOffice saves it, and a file over the reader's size limit.
  const xls = await encryptWithLibreOffice(writeWithSheetJS([{ name: "S", rows: [["学校名称"], ["一中"]] }], "xlsx"), "xlsx", "MS Excel 97", "secret");
  const encrypted = readWorkbook(xls, "密码.xls");
  const tooLarge = readWorkbook(xls, "大.xls", { limits: { maxFileBytes: 1000 } });
  expect([encrypted, tooLarge].map((r) => (r.ok ? "read" : [r.reason, formatIssue(r.issue, "zh-CN"), formatIssue(r.issue, "en-US")]))).toEqual([
    ["encrypted", "文件设置了打开密码，无法读取；请取消密码后重新报送", "the file is password-protected and cannot be read; remove the password and submit it again"],
    ["too-large", "文件超出读取上限（1000 bytes），未读取", "the file exceeds a reading limit (1000 bytes) and was not read"],
  ]);
});
