import * as XLSX from "@e965/xlsx";
import type { Grid } from "../../core/model/grid";
import { issue } from "../../core/model/issue";
import { checkCfb } from "./cfb-guard";
import { decodeText, looksBinary, type DecodedText } from "./decode-text";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./read-limits";
import { failureMessage, noteMessage } from "./read-messages";
import type { RawInflater, ZipBudget, ReadFailure, ReadFailureReason, ReadNote, ReadOptions, ReadResult, SpreadsheetFormat } from "./read-result";
import { parseOptions, workbookToGrids } from "./read-spreadsheet";
import { csvToGrid, extensionOf } from "./read-text";
import { sniffContainer } from "./sniff-container";
import { STREAMED_SHEET_BYTES, type StreamedZip } from "./streamed-zip";
import { checkZip } from "./zip-guard";
import type { ZipFailure } from "./zip-failure";
import { docxToGrids } from "./docx/read-docx";
import { odsHiddenSheets, odsHiddenSheetsOf } from "./ods-hidden-sheets";
import { quietly } from "./sheetjs-console";
import { readXlsxValues } from "./xlsx/read-xlsx-values";

/** Which formats each extension announces, for the `extension-mismatch` note. */
const EXTENSION_FORMATS: Record<string, SpreadsheetFormat[]> = {
  xlsx: ["xlsx"], xlsm: ["xlsx"], xltx: ["xlsx"], xltm: ["xlsx"], xlsb: ["xlsb"],
  xls: ["xls"], xlt: ["xls"], et: ["xls", "xlsx"], ods: ["ods"],
  csv: ["csv"], txt: ["csv"], tsv: ["csv"], htm: ["html"], html: ["html"], xml: ["xml2003"],
  docx: ["docx"], docm: ["docx"], dotx: ["docx"],
};

/**
 * Bytes of one file → its sheets as grids, or a typed reason it cannot be read.
 * Never throws: a corrupt, encrypted or hostile file fails alone, as `{ ok: false }`.
 *
 * The format is decided from the bytes (zip / compound file / BIFF / text), never from the name;
 * when the name's extension disagrees the file is read by content and an `extension-mismatch`
 * note says so. Containers are checked (zip directory and inflated sizes, encryption) before the
 * parser sees them.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): ReadResult {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  try {
    return readChecked(bytes, fileName, limits, options.inflateRaw, options.budget);
  } catch (e) {
    return failure("corrupt", fileName, {}, (e as Error)?.message ?? String(e));
  }
}

function readChecked(bytes: Uint8Array, fileName: string, limits: ReadLimits, inflateRaw?: RawInflater, budget?: ZipBudget): ReadResult {
  if (bytes.length === 0) return failure("empty", fileName);
  if (bytes.length > limits.maxFileBytes) return failure("too-large", fileName, { limit: `${limits.maxFileBytes} bytes` });
  switch (sniffContainer(bytes)) {
    case "empty":
      return failure("empty", fileName);
    case "pdf":
    case "image":
      return failure("not-spreadsheet", fileName);
    case "rar":
    case "7z":
      return failure("archive", fileName, { archive: sniffContainer(bytes) });
    case "zip": {
      const check = checkZip(bytes, limits, inflateRaw, budget, STREAMED_SHEET_BYTES);
      if (!check.ok) return zipFailure(check, fileName);
      if (check.kind === "docx") return readDocx(check.inflated?.parts, fileName, limits);
      if (check.kind !== "xlsx" && check.kind !== "xlsb" && check.kind !== "ods") return failure("not-spreadsheet", fileName, {}, check.kind);
      if (check.kind === "xlsx" && check.streamed) return readStreamed(check.streamed, fileName, limits);
      // The values reader takes the guard's inflated parts; what it does not handle goes to SheetJS.
      if (check.kind === "xlsx" && check.inflated) {
        const values = readXlsxValues(check.inflated.parts, limits);
        if (values.ok) return success("xlsx", values.grids, values.notes, fileName);
      }
      // SheetJS reads the guard's verified, stored copy: one inflate per entry, and only checked bytes parsed.
      return parseWithSheetJS(check.inflated?.stored ?? bytes, fileName, check.kind, limits, check.inflated?.parts);
    }
    case "cfb": {
      const check = checkCfb(bytes);
      if (!check.ok) return failure(check.reason, fileName, {}, check.detail);
      return parseWithSheetJS(bytes, fileName, "xls", limits);
    }
    case "biff":
      return parseWithSheetJS(bytes, fileName, "xls", limits);
    case "text":
      return readText(bytes, fileName, limits);
  }
}

/**
 * An .xlsx whose large worksheets the values reader inflates as it reads them. A streamed part
 * that fails the guard's checks fails the file, as the guard would have; one no sheet names is
 * inflated to its end all the same. What the values reader does not handle goes to SheetJS, on
 * the stored copy built only then.
 */
function readStreamed(zip: StreamedZip, fileName: string, limits: ReadLimits): ReadResult {
  const values = readXlsxValues(zip.parts, limits);
  const problem = values.ok ? zip.verifyUnread() : values.failure;
  if (problem) return zipFailure(problem, fileName);
  if (values.ok) return success("xlsx", values.grids, values.notes, fileName);
  const copy = zip.storedCopy();
  if ("ok" in copy) return zipFailure(copy, fileName);
  return parseWithSheetJS(copy.stored, fileName, "xlsx", limits, copy.parts);
}

function parseWithSheetJS(bytes: Uint8Array, fileName: string, format: SpreadsheetFormat, limits: ReadLimits, parts?: Map<string, Uint8Array>): ReadResult {
  let workbook: XLSX.WorkBook;
  try {
    workbook = quietly(() => XLSX.read(bytes, parseOptions()));
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    return failure(/password|encrypt/i.test(message) ? "encrypted" : "corrupt", fileName, {}, message);
  }
  const { grids, notes } = workbookToGrids(workbook, limits);
  if (format === "ods") {
    const hidden = parts ? odsHiddenSheetsOf(parts.get("content.xml")) : odsHiddenSheets(bytes);
    for (const grid of grids) if (hidden.has(grid.name)) grid.hidden = true;
  }
  return success(format, grids, notes, fileName);
}

/** A Word document's tables as grids; the parts are the zip guard's, inflated once and checked. */
function readDocx(parts: Map<string, Uint8Array> | undefined, fileName: string, limits: ReadLimits): ReadResult {
  let read: ReturnType<typeof docxToGrids>;
  try {
    read = docxToGrids(parts ?? new Map(), limits);
  } catch (e) {
    return failure("corrupt", fileName, {}, (e as Error)?.message ?? String(e));
  }
  return success("docx", read.grids, read.notes, fileName);
}

function readText(bytes: Uint8Array, fileName: string, limits: ReadLimits): ReadResult {
  const decoded: DecodedText = decodeText(bytes);
  if (looksBinary(decoded.text)) return failure("not-spreadsheet", fileName, {}, "binary content");
  if (decoded.text.trim() === "") return failure("empty", fileName);
  const head = decoded.text.slice(0, 2048).trimStart().toLowerCase();
  const markup = markupFormat(head);
  if (markup) {
    // HTML tables and SpreadsheetML 2003 are what many systems save as ".xls"; `raw` keeps cell text as written.
    const workbook = quietly(() => XLSX.read(decoded.text, { ...parseOptions(), type: "string", raw: true }));
    const { grids, notes } = workbookToGrids(workbook, limits);
    return withEncoding(success(markup, grids, notes, fileName), decoded);
  }
  const { grid, notes } = csvToGrid(decoded.text, fileName, limits);
  return withEncoding(success("csv", [grid], notes, fileName), decoded);
}

function withEncoding(result: ReadResult, decoded: DecodedText): ReadResult {
  return result.ok ? { ...result, encoding: decoded.encoding } : result;
}

function markupFormat(head: string): SpreadsheetFormat | undefined {
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml2003";
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<table")) return "html";
  if (head.startsWith("<?xml") || head.startsWith("<")) {
    return head.includes("urn:schemas-microsoft-com:office:spreadsheet") ? "xml2003" : head.includes("<html") || head.includes("<table") ? "html" : undefined;
  }
  return undefined;
}

function success(format: SpreadsheetFormat, grids: Grid[], notes: ReadNote[], fileName: string): ReadResult {
  // A Word document without tables is reported by the engine (no table), not as an empty file.
  if (grids.every((g) => g.rows.length === 0 && g.kind !== "word-text")) return failure("empty", fileName);
  const extension = extensionOf(fileName);
  const expected = EXTENSION_FORMATS[extension];
  const all = [...notes];
  if (expected && !expected.includes(format)) {
    const params = { file: fileName, extension, format };
    all.unshift({ code: "extension-mismatch", params, message: noteMessage("extension-mismatch", params) });
  }
  return all.length > 0 ? { ok: true, format, grids, notes: all } : { ok: true, format, grids };
}

function zipFailure(problem: ZipFailure, fileName: string): ReadFailure {
  return failure(problem.reason, fileName, problem.reason === "too-large" ? { limit: problem.detail } : {}, problem.detail);
}

/** A failure as the reader reports one, for a file it was not handed (an archive's entry that could not be taken out). */
export function readFailure(reason: ReadFailureReason, fileName: string, params: Record<string, string | number> = {}, detail?: string): ReadFailure {
  return failure(reason, fileName, params, detail);
}

function failure(reason: ReadFailureReason, fileName: string, params: Record<string, string | number> = {}, detail?: string): ReadFailure {
  const all = { file: fileName, ...params };
  const result: ReadFailure = {
    ok: false,
    reason,
    message: failureMessage(reason, all),
    issue: issue("unreadable-file", { value: fileName, params: { reason, ...params } }),
  };
  if (detail !== undefined) result.detail = detail;
  return result;
}
