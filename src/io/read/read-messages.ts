import type { LocalizedText, ReadFailureReason, ReadNoteCode } from "./read-result";

type Params = Record<string, string | number>;

/** What kind of archive could not be opened (`params.archive`). */
const ARCHIVE_ZH: Record<string, string> = {
  rar: "是 RAR 压缩包，无法直接读取",
  "7z": "是 7z 压缩包，无法直接读取",
  encrypted: "在压缩包中设置了解压密码，无法读取",
  nested: "是套在压缩包里的第二层压缩包，无法读取",
  method: "在压缩包中使用了不支持的压缩方式，无法读取",
};
const ARCHIVE_EN: Record<string, string> = {
  rar: "is a RAR archive, which cannot be read directly",
  "7z": "is a 7z archive, which cannot be read directly",
  encrypted: "is password-protected inside its zip archive and cannot be read",
  nested: "is an archive inside an archive inside an archive and cannot be read",
  method: "is compressed inside its zip archive with a method that is not supported",
};

const FAILURE: Record<ReadFailureReason, (p: Params) => LocalizedText> = {
  empty: (p) => ({ zh: `文件“${p.file}”是空的，没有可读取的内容。`, en: `The file "${p.file}" is empty.` }),
  encrypted: (p) => ({
    zh: `文件“${p.file}”设置了打开密码，无法读取。请取消密码后重新报送。`,
    en: `The file "${p.file}" is password-protected and cannot be read. Remove the password and submit it again.`,
  }),
  corrupt: (p) => ({
    zh: `文件“${p.file}”已损坏或不完整，无法读取。请重新保存或重新发送。`,
    en: `The file "${p.file}" is damaged or incomplete and cannot be read. Save or send it again.`,
  }),
  "too-large": (p) => ({
    zh: `文件“${p.file}”超出读取上限（${p.limit}），未读取。`,
    en: `The file "${p.file}" exceeds a reading limit (${p.limit}) and was not read.`,
  }),
  "not-spreadsheet": (p) => ({
    zh: `文件“${p.file}”不是电子表格或 Word 文档（支持 .xlsx、.xls、.ods、.csv、.docx 及其 .zip 压缩包）。`,
    en: `The file "${p.file}" is not a spreadsheet or Word document (.xlsx, .xls, .ods, .csv, .docx and .zip archives of them are supported).`,
  }),
  "word-97": (p) => ({
    zh: `文件“${p.file}”是 Word 97–2003 文档，请另存为 .docx 后重新报送。`,
    en: `The file "${p.file}" is a Word 97–2003 document; save it as .docx and submit it again.`,
  }),
  archive: (p) => ({
    zh: `文件“${p.file}”${ARCHIVE_ZH[String(p.archive)] ?? "是无法直接读取的压缩包"}，请解压后再汇总。`,
    en: `The file "${p.file}" ${ARCHIVE_EN[String(p.archive)] ?? "is an archive that cannot be read directly"}; extract it and roll up the extracted files.`,
  }),
};

const NOTE: Record<ReadNoteCode, (p: Params) => LocalizedText> = {
  "extension-mismatch": (p) => ({
    zh: `文件“${p.file}”的扩展名是 .${p.extension}，内容实为 ${p.format} 格式，已按内容读取。`,
    en: `The file "${p.file}" is named .${p.extension} but holds ${p.format}; it was read by its content.`,
  }),
  "rows-truncated": (p) => ({
    zh: `工作表“${p.sheet}”超过 ${p.limit} 行，只读取了前 ${p.limit} 行。`,
    en: `Sheet "${p.sheet}" has more than ${p.limit} rows; only the first ${p.limit} were read.`,
  }),
  "columns-truncated": (p) => ({
    zh: `工作表“${p.sheet}”超过 ${p.limit} 列，超出部分未读取。`,
    en: `Sheet "${p.sheet}" has more than ${p.limit} columns; the rest were not read.`,
  }),
  "sheet-skipped": (p) => ({
    zh: `工作表“${p.sheet}”是图表或对话框工作表，没有单元格，已跳过。`,
    en: `Sheet "${p.sheet}" is a chart or dialog sheet with no cells and was skipped.`,
  }),
};

export function failureMessage(reason: ReadFailureReason, params: Params): LocalizedText {
  return FAILURE[reason](params);
}

export function noteMessage(code: ReadNoteCode, params: Params): LocalizedText {
  return NOTE[code](params);
}
