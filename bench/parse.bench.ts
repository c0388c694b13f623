/**
 * Reading cost on a 100,000-row huzhou-space-plan sheet (.xlsx written by ExcelJS, and the same rows
 * as CSV): the bare SheetJS parse (`XLSX.read` with its defaults, and with the reader's own options)
 * against `readWorkbook` (zip guard + parse + grid). Runs are interleaved and the fastest of each is
 * reported (the least disturbed by other work on a shared machine); the guard and the grid build are
 * also timed alone, since their sum is the reader's cost on top of the parse.
 */
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { readWorkbook } from "../src/io/read/read-workbook";
import { checkZip } from "../src/io/read/zip-guard";
import { parseOptions } from "../src/io/read/read-spreadsheet";
import { DEFAULT_READ_LIMITS } from "../src/io/read/read-limits";
import { writeCsv } from "../test/support/write-csv";
import { sheetToGrid } from "../src/io/read/sheet-to-grid";
import { timeMs } from "./fixtures/timing";

const ROWS = 100_000;
const RUNS = 4;
const HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
const DISTRICTS = ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县", "南太湖新区"];
const SPACES = ["人工智能学习空间", "数字实验室", "阅读空间", "学科教室", "创客空间"];

function row(i: number): Array<string | number> {
  const d = DISTRICTS[i % DISTRICTS.length];
  return [i + 1, d, `${d}第${Math.floor(i / 5) + 1}小学`, 1 + (i % 3), SPACES[i % 5], 10 + (i % 97) / 4, `负责人${i % 500}`, `1375729${String(i % 10000).padStart(4, "0")}`, i % 4 ? "" : "人工智能教育"];
}

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("附件1");
  ws.addRow(["新型教学空间建设计划汇总表"]);
  ws.addRow(["区县：吴兴区  联系人：张三  联系电话：0572-2345678"]);
  ws.addRow(HEADER);
  for (let i = 0; i < ROWS; i++) ws.addRow(row(i));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export default async function run(): Promise<Array<{ name: string; value: number; unit: string; note?: string }>> {
  const xlsx = await xlsxBytes();
  const csv = writeCsv([HEADER, ...Array.from({ length: ROWS }, (_, i) => row(i).map(String))], "utf-8-bom");
  const t = { bare: [] as number[], bareSame: [] as number[], read: [] as number[], guard: [] as number[], grid: [] as number[], csv: [] as number[] };
  let rowsRead = 0;
  for (let k = 0; k < RUNS; k++) {
    t.bare.push(await timeMs(() => XLSX.read(xlsx, { type: "array" })));
    let parsed: XLSX.WorkBook | undefined;
    t.bareSame.push(await timeMs(() => (parsed = XLSX.read(xlsx, parseOptions()))));
    t.grid.push(await timeMs(() => sheetToGrid(parsed!.Sheets["附件1"], "附件1", false, DEFAULT_READ_LIMITS.maxRows, DEFAULT_READ_LIMITS.maxColumns)));
    t.guard.push(await timeMs(() => checkZip(xlsx, DEFAULT_READ_LIMITS)));
    t.read.push(
      await timeMs(() => {
        const r = readWorkbook(xlsx, "plan.xlsx");
        if (!r.ok) throw new Error(r.message.en);
        rowsRead = r.grids[0].rows.length;
      }),
    );
    t.csv.push(await timeMs(() => readWorkbook(csv, "plan.csv")));
  }
  if (rowsRead !== ROWS + 3) throw new Error(`read ${rowsRead} rows, expected ${ROWS + 3}`);
  const best = (xs: number[]): number => Math.min(...xs);
  const bare = best(t.bare);
  const read = best(t.read);
  const bareSame = best(t.bareSame);
  const own = best(t.guard) + best(t.grid);
  return [
    { name: "xlsx size", value: xlsx.length / 2 ** 20, unit: "MiB", note: `${ROWS} rows × 9 columns, ExcelJS; fastest of ${RUNS}` },
    { name: "bare XLSX.read (defaults)", value: bare, unit: "ms" },
    { name: "bare XLSX.read (reader's options)", value: bareSame, unit: "ms", note: "dense, cellDates, cellNF, no text/formula/HTML" },
    { name: "zip guard (directory + streamed inflate)", value: best(t.guard), unit: "ms" },
    { name: "grid build (sheetToGrid)", value: best(t.grid), unit: "ms" },
    { name: "reader's own cost / bare parse (same options)", value: own / bareSame, unit: "×", note: "(guard + grid) / parse" },
    { name: "readWorkbook xlsx", value: read, unit: "ms", note: "guard + parse + grid" },
    { name: "readWorkbook / bare (defaults)", value: read / bare, unit: "×" },
    { name: "readWorkbook / bare (same options)", value: read / bareSame, unit: "×" },
    { name: "readWorkbook csv", value: best(t.csv), unit: "ms", note: `${(csv.length / 2 ** 20).toFixed(1)} MiB UTF-8 with BOM` },
  ];
}
