/**
 * The roll-up workbook is one description (core's `rollupReport`) rendered twice: the .xlsx file
 * (ExcelJS, in memory for the page and streamed for the CLI) and the sheets written inside Excel
 * (Office.js, here into the fake workbook). The same roll-ups, made by the real engine from the
 * golden sample files, must come out with the same sheets, headers and cell values, and the same
 * cells coloured, every way.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { BUILT_IN_CATALOG } from "../../src/core/layouts/built-in";
import type { Locale } from "../../src/core/messages/format-issue";
import { createRollups } from "../../src/core/rollup/create-rollups";
import type { RollupResult } from "../../src/core/rollup/result";
import { parseRoster } from "../../src/core/roster/parse-roster";
import { writeRollup } from "../../src/excel/write-rollup";
import { writeRollupWorkbook } from "../../src/io/write";
import { streamRollupWorkbook } from "../../src/io/write/rollup-workbook-stream";
import { analyzeFiles } from "../core/rollup/analyze-files";
import { readGrids, writeCsv } from "../support";
import { FakeWorkbook, installOffice, uninstallOffice } from "./fake-workbook";

afterEach(uninstallOffice);

const SAMPLES = path.join(__dirname, "..", "samples");
const DATE = "2025-04-02";

type Cell = string | number | boolean | null;
interface Written {
  names: string[];
  grids: Cell[][][];
  /** `sheet!A1 #RRGGBB` of every cell in a severity or overrun colour. */
  marked: string[];
}

/** Every golden sample file, as a school sends it (its layout's folder as the district folder). */
function sampleFiles(only?: string) {
  return readdirSync(SAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (only === undefined || d.name === only))
    .flatMap((d) =>
      readdirSync(path.join(SAMPLES, d.name))
        .filter((f) => !f.endsWith(".json"))
        .map((f) => ({ path: `${d.name}/${f}`, bytes: new Uint8Array(readFileSync(path.join(SAMPLES, d.name, f))) })),
    );
}

function rollUp(only?: string, roster?: ReturnType<typeof parseRoster>): RollupResult[] {
  const set = createRollups({ catalog: BUILT_IN_CATALOG, ...(roster ? { roster } : {}) });
  for (const file of analyzeFiles(sampleFiles(only))) set.add(file);
  return set.finish().rollups;
}

/** Rows without trailing blanks, blank rows at the end dropped: how both sides are compared. */
function trimmed(rows: Cell[][]): Cell[][] {
  const out = rows.map((r) => {
    const row = r.map((v) => (v === "" || v === undefined ? null : v));
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

const MARK_COLOURS = new Set(["#FFC7CE", "#FFEB9C"]);

async function fromFile(bytes: Uint8Array): Promise<Written> {
  const book = XLSX.read(bytes, { type: "array" });
  const grids = book.SheetNames.map((n) => trimmed(XLSX.utils.sheet_to_json<Cell[]>(book.Sheets[n], { header: 1, raw: true, defval: null, blankrows: true })));
  const styled = new ExcelJS.Workbook();
  await styled.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const marked: string[] = [];
  for (const ws of styled.worksheets) {
    // Empty cells too: a missing value is marked on a blank cell.
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const argb = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        const colour = argb && `#${argb.slice(2)}`;
        if (colour && MARK_COLOURS.has(colour)) marked.push(`${ws.name}!${cell.address} ${colour}`);
      }),
    );
  }
  return { names: book.SheetNames, grids, marked: marked.sort() };
}

async function streamed(result: RollupResult, locale: Locale): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await streamRollupWorkbook(result, BUILT_IN_CATALOG.get(result.layout)!, sink, { date: DATE, locale });
  return new Uint8Array(Buffer.concat(chunks));
}

async function fromExcel(result: RollupResult, locale: Locale): Promise<Written> {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  await installOffice(book);
  const out = await writeRollup(result, BUILT_IN_CATALOG.get(result.layout)!, { date: DATE, locale });
  const names = out.sheets.map((s) => s.name);
  const marked: string[] = [];
  const grids = names.map((name) => {
    const sheet = book.sheet(name);
    const area = sheet.usedArea(true);
    const rows: Cell[][] = [];
    for (let r = 0; area && r <= area.bottom; r++) {
      const row: Cell[] = [];
      for (let c = 0; c <= area.right; c++) row.push(sheet.peek(r, c)?.value ?? null);
      rows.push(row);
    }
    for (const [k, cell] of sheet.cells) {
      if (!cell.fill || !MARK_COLOURS.has(cell.fill.color)) continue;
      const [r, c] = k.split(",").map(Number);
      marked.push(`${name}!${XLSX.utils.encode_cell({ r, c })} ${cell.fill.color}`);
    }
    return trimmed(rows);
  });
  return { names, grids, marked: marked.sort() };
}

async function expectAgreement(result: RollupResult, locale: Locale = "zh-CN"): Promise<Written> {
  const file = await fromFile(await writeRollupWorkbook(result, BUILT_IN_CATALOG.get(result.layout)!, { date: DATE, locale }));
  const stream = await fromFile(await streamed(result, locale));
  const excel = await fromExcel(result, locale);
  expect(excel.names).toEqual(file.names);
  expect(stream.names).toEqual(file.names);
  file.names.forEach((name, i) => {
    expect([name, excel.grids[i]]).toEqual([name, file.grids[i]]);
    expect([name, stream.grids[i]]).toEqual([name, file.grids[i]]);
  });
  expect(excel.marked).toEqual(file.marked);
  expect(stream.marked).toEqual(file.marked);
  return file;
}

const RUN = rollUp();

test("the golden samples roll up into every layout's roll-up", () => {
  expect(RUN.map((r) => r.layout).sort()).toEqual(
    ["huzhou-case-summary", "huzhou-space-plan", "huzhou-space-progress", "ningbo-benchmark-summary", "taizhou-indicators", "zhangjiagang-feature-application", "zhejiang-pilot-summary"].sort(),
  );
});

test.each(RUN.map((r) => [r.layout, r] as const))("%s: the file, the streamed file and the sheets in Excel agree cell by cell", async (_layout, result) => {
  const file = await expectAgreement(result);
  // Not a vacuous agreement: the summary holds every merged row, and something is marked when there are issues.
  expect(file.grids[0].length).toBe(3 + result.records.length);
  if (result.issues.some((i) => i.row !== undefined)) expect(file.marked.length).toBeGreaterThan(0);
});

test("with a roster (未报送), in English: the writers still agree, and the localised words are the locale's", async () => {
  const [grid] = readGrids(writeCsv([["学校名称", "区县", "学校类型"], ["湖州市第一中学", "吴兴区", "初中"], ["吴兴区东林小学", "吴兴区", "小学"]], "gbk"), "名单.csv");
  const [result] = rollUp("huzhou-space-plan", parseRoster(grid, BUILT_IN_CATALOG, "名单.csv"));
  const file = await expectAgreement(result, "en-US");
  const missing = file.grids[file.names.indexOf("未报送")];
  expect(missing[1]).toEqual(["名称", "区县", "可能的对应名称", "名单文件", "名单行号", "学校类型"]);
  expect(missing.slice(2).map((r) => [r[0], r[1], r[5]])).toContainEqual(["吴兴区东林小学", "吴兴区", "小学"]);
  const quotas = file.grids[file.names.indexOf("名额")];
  for (const row of quotas.slice(2)) expect(["yes", "no"]).toContain(row[4]);
  const issues = file.grids[file.names.indexOf("问题清单")];
  for (const row of issues.slice(2)) expect(["error", "warning"]).toContain(row[6]);
});
