/**
 * One 100,000-row huzhou-space-plan workbook (a city roll-up's size): the bare SheetJS parse
 * against the product's path (read → detect → validate), measured interleaved in one run.
 * Target: read → detect + validate at most 1.30 × the bare parse.
 *
 * The bare parse is the parse the product needs and nothing else: `XLSX.read` of the file's bytes
 * with the reader's own options (`parseOptions()`: dense, cellDates, cellNF, no formula text, no
 * HTML, no formatted text, no styles). The product's path is `readWorkbook` as the CLI calls it
 * (zip guard, which inflates and verifies every entry with Node's zlib and hands SheetJS a stored
 * copy; the same `XLSX.read`; grid build) then `analyzeWorkbook` (detect, records, checks). Each round times both on the same bytes;
 * the ratio is taken per round and the median of the rounds reported.
 */
import * as XLSX from "@e965/xlsx";
import type { CellValue } from "../src/core/model/grid";
import { COUNTY_DOCUMENT } from "../test/support/fixed-document";
import { PLAN_HEADER, PLAN_TITLE } from "../test/support/huzhou-space-templates";
import { writeWithSheetJS } from "../test/support/write-with-sheetjs";
import { analyzeWorkbook } from "../src/core/analyze";
import { nodeInflateRaw } from "../src/cli/node-inflate";
import { readWorkbook } from "../src/io/read";
import { parseOptions } from "../src/io/read/read-spreadsheet";
import { pick, seededRandom } from "./fixtures/random";
import { median, timeMs } from "./fixtures/timing";
import { checkZip } from "../src/io/read/zip-guard";
import { DEFAULT_READ_LIMITS } from "../src/io/read/read-limits";
import type { Measurement } from "./run";
import { BUILT_IN_CATALOG } from "../src/core/layouts/built-in";

const ROWS = 100_000;
const ROUNDS = 5;

export function bigWorkbook(): Uint8Array {
  const random = seededRandom(7);
  const districts = ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县", "南太湖新区"];
  const rows: CellValue[][] = [[PLAN_TITLE], ["区县：    联系人：赵志刚    联系电话：0572-2398000"], PLAN_HEADER];
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
  return writeWithSheetJS([{ name: "汇总", rows }], "xlsx", { fixed: COUNTY_DOCUMENT });
}

export default async function run(): Promise<Measurement[]> {
  const bytes = bigWorkbook();
  // SheetJS's defaults (sparse sheets, formatted text) for reference, once; also warms SheetJS up.
  const plain = await timeMs(() => XLSX.read(bytes, { type: "buffer" }));
  const t = { bare: [] as number[], read: [] as number[], analyze: [] as number[], guard: [] as number[], ratio: [] as number[] };
  let records = 0;
  let issues = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const bare = await timeMs(() => XLSX.read(bytes, parseOptions()));
    let grids: Parameters<typeof analyzeWorkbook>[1] = [];
    const read = await timeMs(() => {
      const result = readWorkbook(bytes, "汇总.xlsx", { inflateRaw: nodeInflateRaw });
      if (!result.ok) throw new Error(result.message.en);
      grids = result.grids;
    });
    const analyze = await timeMs(() => {
      const { sheets } = analyzeWorkbook("汇总.xlsx", grids, { catalog: BUILT_IN_CATALOG, fileName: "汇总.xlsx", city: "湖州市" });
      records = sheets.reduce((n, s) => n + s.records.length, 0);
      issues = sheets.reduce((n, s) => n + s.issues.length, 0);
    });
    grids = [];
    t.guard.push(await timeMs(() => checkZip(bytes, DEFAULT_READ_LIMITS, nodeInflateRaw)));
    t.bare.push(bare);
    t.read.push(read);
    t.analyze.push(analyze);
    t.ratio.push((read + analyze) / bare);
  }
  if (records !== ROWS) throw new Error(`expected ${ROWS} records, got ${records}`);
  const b = median(t.bare);
  const r = median(t.read);
  const a = median(t.analyze);
  const each = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(" ");
  return [
    { name: "100k-row .xlsx size", value: bytes.length / 2 ** 20, unit: "MiB", note: "SheetJS-written, 9 columns" },
    { name: "XLSX.read, SheetJS defaults", value: plain, unit: "ms", note: "reference, once" },
    { name: "bare parse (XLSX.read, reader's options)", value: b, unit: "ms", note: `median of ${ROUNDS}` },
    { name: "zip guard alone (inflate + verify + stored copy)", value: median(t.guard), unit: "ms", note: "part of readWorkbook" },
    { name: "readWorkbook (guard + parse + grid)", value: r, unit: "ms", note: `×${(r / b).toFixed(2)} bare (medians)` },
    { name: "detect + validate (analyzeWorkbook)", value: a, unit: "ms", note: `${issues} issues; ×${(a / b).toFixed(2)} bare` },
    { name: "read → detect + validate / bare parse", value: median(t.ratio), unit: "ratio", note: `target ≤ 1.30; per round ${each(t.ratio)}` },
    { name: "rows/s (read → detect + validate)", value: ROWS / ((r + a) / 1000), unit: "rows/s" },
  ];
}
