/**
 * Writes the golden samples: `npx tsx test/samples/make-samples.ts [part of folder/name …]`. Each sample is a real file
 * written by a real writer (ExcelJS, SheetJS, LibreOffice, a GBK/UTF-8 CSV encoder), with the
 * expected result — written by hand in `samples.ts` — as `<name>.expected.json` beside it.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { convertWithLibreOffice, writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../support";
import type { CellValue } from "../../src/core/model/grid";
import { writeDocx } from "../support/write-docx";
import { wordHtmlOf, wordTableOf } from "../support/word-sample";
import { EXTENSION, type Sample } from "./sample-spec";
import { SAMPLES } from "./samples";

async function bytesOf(sample: Sample): Promise<Uint8Array> {
  const rows = () => sample.sheets[0].rows.map((r) => r.map((v) => (v instanceof Date || (typeof v === "object" && v !== null) ? null : v) as CellValue));
  switch (sample.writer) {
    case "exceljs-xlsx":
      return writeXlsxExcelJS(sample.sheets);
    case "sheetjs-xls":
      return writeWithSheetJS(sample.sheets, "xls");
    case "sheetjs-xlsx":
      return writeWithSheetJS(sample.sheets, "xlsx");
    case "csv-utf-8":
      return writeCsv(rows(), "utf-8");
    case "csv-utf-8-bom":
      return writeCsv(rows(), "utf-8-bom");
    case "csv-gbk":
      return writeCsv(rows(), "gbk");
    case "libreoffice-ods":
      return convertWithLibreOffice(await writeXlsxExcelJS(sample.sheets), "xlsx", "ods");
    case "libreoffice-xls":
      return convertWithLibreOffice(await writeXlsxExcelJS(sample.sheets), "xlsx", "xls");
    case "docx":
      return writeDocx([wordTableOf(sample.sheets[0], sample.word ?? { above: 0 })]);
    case "libreoffice-docx": {
      const html = wordHtmlOf(wordTableOf(sample.sheets[0], sample.word ?? { above: 0 }));
      return convertWithLibreOffice(new TextEncoder().encode(html), "html", "docx:MS Word 2007 XML");
    }
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const sample of SAMPLES.filter((s) => only.length === 0 || only.some((o) => `${s.folder}/${s.name}`.includes(o)))) {
    const dir = join(__dirname, sample.folder);
    await mkdir(dir, { recursive: true });
    const file = `${sample.name}.${EXTENSION[sample.writer]}`;
    await writeFile(join(dir, file), await bytesOf(sample));
    const expected = { file, writer: sample.writer, ...(sample.options ? { options: sample.options } : {}), sheets: sample.expected };
    await writeFile(join(dir, `${sample.name}.expected.json`), JSON.stringify(expected, null, 2) + "\n");
    console.log(`${sample.folder}/${file}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
