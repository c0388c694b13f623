import type { TextParams } from "../../core/text/fill";
import type { Locale } from "../../core/text/locale";
import { textOf, type TextTable } from "../../core/text/text-table";
import type { LocalizedText, ReadFailureReason, ReadNoteCode } from "./read-result";

/** What kind of archive could not be opened (`params.archive`); `archive.other` for any other. */
type ArchiveKey = "archive.rar" | "archive.7z" | "archive.encrypted" | "archive.nested" | "archive.method" | "archive.other";
type ReadTextKey = `failure.${ReadFailureReason}` | `note.${ReadNoteCode}` | ArchiveKey;

/** The reader's sentences; `failure.archive` takes `{what}`, the phrase of its `archive.*` key. */
export const READ_TEXT: TextTable<ReadTextKey> = {
  "zh-CN": {
    "failure.empty": "文件“{file}”是空的，没有可读取的内容。",
    "failure.encrypted": "文件“{file}”设置了打开密码，无法读取。请取消密码后重新报送。",
    "failure.corrupt": "文件“{file}”已损坏或不完整，无法读取。请重新保存或重新发送。",
    "failure.too-large": "文件“{file}”超出读取上限（{limit}），未读取。",
    "failure.not-spreadsheet": "文件“{file}”不是电子表格或 Word 文档（支持 .xlsx、.xls、.ods、.csv、.docx 及其 .zip 压缩包）。",
    "failure.word-97": "文件“{file}”是 Word 97–2003 文档，请另存为 .docx 后重新报送。",
    "failure.archive": "文件“{file}”{what}，请解压后再汇总。",
    "archive.rar": "是 RAR 压缩包，无法直接读取",
    "archive.7z": "是 7z 压缩包，无法直接读取",
    "archive.encrypted": "在压缩包中设置了解压密码，无法读取",
    "archive.nested": "是套在压缩包里的第二层压缩包，无法读取",
    "archive.method": "在压缩包中使用了不支持的压缩方式，无法读取",
    "archive.other": "是无法直接读取的压缩包",
    "note.extension-mismatch": "文件“{file}”的扩展名是 .{extension}，内容实为 {format} 格式，已按内容读取。",
    "note.rows-truncated": "工作表“{sheet}”超过 {limit} 行，只读取了前 {limit} 行。",
    "note.columns-truncated": "工作表“{sheet}”超过 {limit} 列，超出部分未读取。",
    "note.sheet-skipped": "工作表“{sheet}”是图表或对话框工作表，没有单元格，已跳过。",
  },
  "en-US": {
    "failure.empty": 'The file "{file}" is empty.',
    "failure.encrypted": 'The file "{file}" is password-protected and cannot be read. Remove the password and submit it again.',
    "failure.corrupt": 'The file "{file}" is damaged or incomplete and cannot be read. Save or send it again.',
    "failure.too-large": 'The file "{file}" exceeds a reading limit ({limit}) and was not read.',
    "failure.not-spreadsheet":
      'The file "{file}" is not a spreadsheet or Word document (.xlsx, .xls, .ods, .csv, .docx and .zip archives of them are supported).',
    "failure.word-97": 'The file "{file}" is a Word 97–2003 document; save it as .docx and submit it again.',
    "failure.archive": 'The file "{file}" {what}; extract it and roll up the extracted files.',
    "archive.rar": "is a RAR archive, which cannot be read directly",
    "archive.7z": "is a 7z archive, which cannot be read directly",
    "archive.encrypted": "is password-protected inside its zip archive and cannot be read",
    "archive.nested": "is an archive inside an archive inside an archive and cannot be read",
    "archive.method": "is compressed inside its zip archive with a method that is not supported",
    "archive.other": "is an archive that cannot be read directly",
    "note.extension-mismatch": 'The file "{file}" is named .{extension} but holds {format}; it was read by its content.',
    "note.rows-truncated": 'Sheet "{sheet}" has more than {limit} rows; only the first {limit} were read.',
    "note.columns-truncated": 'Sheet "{sheet}" has more than {limit} columns; the rest were not read.',
    "note.sheet-skipped": 'Sheet "{sheet}" is a chart or dialog sheet with no cells and was skipped.',
  },
};

const ARCHIVES = new Set(["rar", "7z", "encrypted", "nested", "method"]);
const archiveKey = (archive: unknown): ArchiveKey => (ARCHIVES.has(String(archive)) ? (`archive.${archive}` as ArchiveKey) : "archive.other");

/** Both languages of a reader sentence (a failure or note carries both). */
function localized(key: ReadTextKey, params: TextParams): LocalizedText {
  const say = (locale: Locale) =>
    textOf(READ_TEXT, locale, key, key === "failure.archive" ? { ...params, what: textOf(READ_TEXT, locale, archiveKey(params.archive)) } : params);
  return { zh: say("zh-CN"), en: say("en-US") };
}

export function failureMessage(reason: ReadFailureReason, params: TextParams): LocalizedText {
  return localized(`failure.${reason}`, params);
}

export function noteMessage(code: ReadNoteCode, params: TextParams): LocalizedText {
  return localized(`note.${code}`, params);
}
