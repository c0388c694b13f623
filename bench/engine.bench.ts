/**
 * One 100,000-row huzhou-space-plan workbook (a city roll-up's size): the bare SheetJS parse
 * against the product's path (read → detect → validate), measured interleaved in one run.
 * Target: detect + validate add at most 30 % on top of parsing.
 */
import * as XLSX from "@e965/xlsx";
import { PLAN_HEADER, PLAN_TITLE, writeWithSheetJS, type Cell } from "../scripts/make-examples";
import { analyzeWorkbook } from "../src/core/analyze";
import { readWorkbook } from "../src/io/read";
import { parseOptions } from "../src/io/read/read-spreadsheet";
import { pick, seededRandom } from "./fixtures/random";
import { median, timeMs } from "./fixtures/timing";
import type { Measurement } from "./run";

const ROWS = 100_000;
const REPEAT = 3;

function bigWorkbook(): Uint8Array {
  const random = seededRandom(7);
  const districts = ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县", "南太湖新区"];
  const rows: Cell[][] = [[PLAN_TITLE], ["区县：    联系人：赵志刚    联系电话：0572-2398000"], PLAN_HEADER];
  for (let i = 0; i < ROWS; i++) {
    const school = `湖州市第${Math.floor(i / 4) + 1}小学`;
    rows.push([
      i + 1,
      pick(random, districts),
      school,
      1,
      `数字化学科教室${(i % 4) + 1}`,
      Math.round(random() * 1500) / 10,
      "王老师",
      random() < 0.99 ? `138${String(Math.floor(random() * 1e8)).padStart(8, "0")}` : "12345",
      "学科教学",
    ]);
  }
  return writeWithSheetJS([{ name: "汇总", rows }], "xlsx");
}

export default async function run(): Promise<Measurement[]> {
  const bytes = bigWorkbook();
  // SheetJS's defaults (sparse sheets, formatted text) for reference, once.
  const plain = await timeMs(() => XLSX.read(bytes, { type: "buffer" }));
  const bare: number[] = [];
  const read: number[] = [];
  const full: number[] = [];
  let records = 0;
  let issues = 0;
  for (let i = 0; i < REPEAT; i++) {
    // The bare parse: the same SheetJS call with the same options the reader uses, nothing else.
    bare.push(await timeMs(() => XLSX.read(bytes, parseOptions())));
    read.push(await timeMs(() => readWorkbook(bytes, "汇总.xlsx")));
    full.push(
      await timeMs(() => {
        const result = readWorkbook(bytes, "汇总.xlsx");
        if (!result.ok) throw new Error(result.message.en);
        const { sheets } = analyzeWorkbook("汇总.xlsx", result.grids, { fileName: "汇总.xlsx", city: "湖州市" });
        records = sheets.reduce((n, s) => n + s.records.length, 0);
        issues = sheets.reduce((n, s) => n + s.issues.length, 0);
      }),
    );
  }
  if (records !== ROWS) throw new Error(`expected ${ROWS} records, got ${records}`);
  const b = median(bare);
  const r = median(read);
  const f = median(full);
  return [
    { name: "100k-row .xlsx size", value: bytes.length / 2 ** 20, unit: "MiB" },
    { name: "XLSX.read, SheetJS defaults", value: plain, unit: "ms", note: "reference, once" },
    { name: "bare parse (XLSX.read, reader's options)", value: b, unit: "ms", note: `median of ${REPEAT}` },
    { name: "readWorkbook (parse + guards + grid)", value: r, unit: "ms", note: `×${(r / b).toFixed(2)} bare` },
    { name: "read → detect + validate", value: f, unit: "ms", note: `${issues} issues` },
    { name: "read → detect + validate / bare parse", value: f / b, unit: "ratio", note: "target ≤ 1.30" },
    { name: "detect + validate alone / bare parse", value: (f - r) / b, unit: "ratio", note: "engine share" },
    { name: "rows/s (read → detect + validate)", value: ROWS / (f / 1000), unit: "rows/s" },
  ];
}
