/**
 * 1,000 schools' styled workbooks from two writers (ExcelJS, and LibreOffice saving a share of them
 * again), with the parts real files carry — a 填报说明 first sheet, fonts, borders, fills, column
 * widths, row heights, merged title / info line / 区县, number formats, shared strings — rolled
 * up; every figure is set against the **floor**: reading each file, inflating every zip entry and
 * scanning its XML once (fflate's `unzipSync` and a native `indexOf` walk over each part's `<`).
 *
 * Per round, in this order, each after a full collection: the floor; SheetJS's bare parse
 * (`XLSX.read` with the reader's options, then `sheet_to_json` of every sheet, as a script would);
 * the product's stages one by one — read (`readWorkbook`, zip guard included), recognise
 * (`detectLayout` of every non-empty sheet), recognise + records + checks (`analyzeWorkbook`;
 * "validate" is its time less recognise), merge (`createRollups`: duplicates, quotas, totals),
 * write (the styled roll-up workbook); and the whole CLI as a child process, with its peak RSS,
 * once with one thread (`--workers 1`) and once as a user runs it (one reader thread per core).
 * Ratios are taken per round; the median of the rounds is reported, the rounds beside it, and
 * the same ratio of CPU time (user + system): on a shared machine a busy neighbour stretches wall
 * time, not the CPU time a stage needs. The CLI's CPU time counts all its threads.
 *
 *   npx tsx bench/run.ts realistic          # SMARTCAMPUS_BENCH_FILES=… for another count
 *
 * The files are written once into a cache folder outside the repository and reused.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import * as XLSX from "@e965/xlsx";
import { unzipSync } from "fflate";
import { analyzeWorkbook, detectLayout } from "../src/core/analyze";
import { BUILT_IN_CATALOG } from "../src/core/layouts/built-in";
import type { Grid } from "../src/core/model/grid";
import type { FileResult } from "../src/core/model/sheet-result";
import { createRollups } from "../src/core/rollup/create-rollups";
import type { RollupResult } from "../src/core/rollup/result";
import { nodeInflateRaw } from "../src/cli/node-inflate";
import { readWorkbook } from "../src/io/read";
import { parseOptions } from "../src/io/read/read-spreadsheet";
import { streamRollupWorkbook } from "../src/io/write/rollup-workbook-stream";
import { realisticSubmissions } from "./fixtures/realistic-submissions";
import { median, settle } from "./fixtures/timing";
import type { Measurement } from "./run";

const FILES = Number(process.env.SMARTCAMPUS_BENCH_FILES ?? 1000);
const ROUNDS = 3;
const ROOT = path.resolve(__dirname, "..");
const CITY = "湖州市";
const catalog = BUILT_IN_CATALOG;

/** Wall-clock and CPU milliseconds (user + system, this process) of `fn`, after a full collection. */
async function timed(fn: () => unknown): Promise<{ wall: number; cpu: number }> {
  settle();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Inflates every entry and walks its bytes once, `<` to `<`: what reading the XML cannot go below. */
function floorOf(files: string[]): number {
  let tags = 0;
  for (const file of files) {
    const entries = unzipSync(readFileSync(file));
    for (const name in entries) {
      const xml = entries[name];
      for (let i = xml.indexOf(60); i >= 0; i = xml.indexOf(60, i + 1)) tags++;
    }
  }
  return tags;
}

function bareSheetJS(files: string[], withJson: boolean): number {
  let rows = 0;
  for (const file of files) {
    const wb = XLSX.read(readFileSync(file), parseOptions());
    if (withJson) for (const name of wb.SheetNames) rows += XLSX.utils.sheet_to_json(wb.Sheets[name], { header: 1 }).length;
  }
  return rows;
}

interface Read {
  path: string;
  fileName: string;
  grids: Grid[];
}

function readAll(files: string[], dir: string): Read[] {
  const out: Read[] = [];
  for (const file of files) {
    const fileName = path.basename(file);
    const read = readWorkbook(readFileSync(file), fileName, { inflateRaw: nodeInflateRaw });
    if (!read.ok) throw new Error(`${fileName}: ${read.reason}`);
    out.push({ path: path.relative(dir, file), fileName, grids: read.grids });
  }
  return out;
}

const nonEmpty = (grid: Grid): boolean => !grid.rows.every((row) => row.every((v) => v === null || v === ""));

function recogniseAll(reads: Read[]): number {
  let found = 0;
  for (const r of reads) for (const grid of r.grids) if (nonEmpty(grid) && detectLayout(grid, { catalog, fileName: r.fileName, city: CITY }).detection) found++;
  return found;
}

function analyseAll(reads: Read[]): FileResult[] {
  return reads.map((r) => analyzeWorkbook(r.path, r.grids, { catalog, fileName: r.fileName, city: CITY, checkDuplicates: false }));
}

function mergeAll(results: FileResult[]): RollupResult[] {
  const set = createRollups({ catalog, city: CITY });
  for (const file of results) set.add(file);
  return set.finish().rollups;
}

async function writeAll(rollups: RollupResult[]): Promise<number> {
  let bytes = 0;
  // As the CLI writes it: streamed, each row committed as written (into a byte counter here, not a file).
  for (const result of rollups) {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    await streamRollupWorkbook(result, catalog.get(result.layout)!, sink, { locale: "zh-CN" });
  }
  return bytes;
}

function cliOnce(dir: string, work: string, extra: string[] = []): { ms: number; cpuMs: number; peakMiB: number; merged: number; failed: number } {
  const rssFile = path.join(work, "max-rss");
  const out = path.join(work, "cli");
  const start = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ["-r", path.join(__dirname, "fixtures", "max-rss.cjs"), path.join(ROOT, "bin", "smartcampus.js"), "rollup", "报送", "--out", path.join(out, "汇总.xlsx"), "--report", path.join(out, "report.json"), "--city", CITY, ...extra],
    { cwd: dir, env: { ...process.env, SMARTCAMPUS_BENCH_RSS_FILE: rssFile }, encoding: "utf8" },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // Exit 1 is a roll-up written with error-level findings (the realistic files carry some); 3 is none written.
  if (child.status !== 0 && child.status !== 1) throw new Error(`smartcampus rollup exited ${child.status}: ${child.stderr}`);
  const report = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")) as { files: Array<{ status: string }> };
  return {
    ms,
    cpuMs: Number(readFileSync(`${rssFile}.cpu`, "utf8")),
    peakMiB: Number(readFileSync(rssFile, "utf8")) / 1024,
    merged: report.files.filter((f) => f.status === "merged").length,
    failed: report.files.filter((f) => f.status === "failed").length,
  };
}

export default async function run(): Promise<Measurement[]> {
  const generated = await realisticSubmissions(FILES);
  const files = generated.files;
  const work = mkdtempSync(path.join(os.tmpdir(), "smartcampus-bench-realistic-"));
  try {
    // Warm-up: every parser and the engine compiled before anything is timed.
    floorOf(files.slice(0, 50));
    bareSheetJS(files.slice(0, 50), true);
    await writeAll(mergeAll(analyseAll(readAll(files.slice(0, 50), generated.dir))));

    const series: Record<string, number[]> = {};
    const cpuSeries: Record<string, number[]> = {};
    const put = (name: string, value: { wall: number; cpu: number }) => {
      (series[name] ??= []).push(value.wall);
      (cpuSeries[name] ??= []).push(value.cpu);
    };
    let peak = 0;
    let cliMerged = 0;
    let cliFailed = 0;
    let rowsMerged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      put("floor", await timed(() => floorOf(files)));
      put("xlsxRead", await timed(() => bareSheetJS(files, false)));
      put("bare", await timed(() => bareSheetJS(files, true)));
      let reads: Read[] = [];
      put("read", await timed(() => (reads = readAll(files, generated.dir))));
      put("recognise", await timed(() => recogniseAll(reads)));
      let results: FileResult[] = [];
      put("analyse", await timed(() => (results = analyseAll(reads))));
      reads = [];
      let rollups: RollupResult[] = [];
      put("merge", await timed(() => (rollups = mergeAll(results))));
      results = [];
      rowsMerged = rollups.reduce((n, r) => n + r.rows.merged, 0);
      put("write", await timed(() => writeAll(rollups)));
      rollups = [];
      const one = cliOnce(generated.dir, work, ["--workers", "1"]);
      put("cli1", { wall: one.ms, cpu: one.cpuMs });
      const cli = cliOnce(generated.dir, work);
      put("cli", { wall: cli.ms, cpu: cli.cpuMs });
      peak = Math.max(peak, one.peakMiB);
      peak = Math.max(peak, cli.peakMiB);
      cliMerged = cli.merged;
      cliFailed = cli.failed;
    }
    const n = ROUNDS;
    const cpuAt = (name: string, i: number) => cpuSeries[name][i];
    cpuSeries.validate = Array.from({ length: n }, (_, i) => cpuAt("analyse", i) - cpuAt("recognise", i));
    cpuSeries.engine = Array.from({ length: n }, (_, i) => cpuAt("read", i) + cpuAt("analyse", i) + cpuAt("merge", i));
    const cpuRatio = (a: string, b: string) => median(Array.from({ length: n }, (_, i) => cpuAt(a, i) / cpuAt(b, i)));
    const at = (name: string, i: number) => series[name][i];
    const derived = (fn: (i: number) => number) => Array.from({ length: n }, (_, i) => fn(i));
    series.validate = derived((i) => at("analyse", i) - at("recognise", i));
    series.engine = derived((i) => at("read", i) + at("analyse", i) + at("merge", i));
    series.rollup = derived((i) => at("engine", i) + at("write", i));
    const ratio = (a: string, b: string) => derived((i) => at(a, i) / at(b, i));
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(" ");
    const ms = (name: string) => median(series[name]);
    const toFloor = (name: string, label: string, note = ""): Measurement[] => [
      { name: `${label} (ms)`, value: ms(name), unit: "ms", note: `median of ${n}${note ? `; ${note}` : ""}` },
      { name: `${label} / floor`, value: median(ratio(name, "floor")), unit: "ratio", note: `per round ${fmt(ratio(name, "floor"))}; CPU time ${cpuRatio(name, "floor").toFixed(2)}` },
    ];
    return [
      {
        name: "files / rows",
        value: files.length,
        unit: "files",
        note: `${generated.rows} rows; ExcelJS ${generated.byWriter.exceljs}, LibreOffice ${generated.byWriter.libreoffice}; ${generated.generatedMs ? `generated in ${(generated.generatedMs / 1000).toFixed(0)} s` : "from the cache"}`,
      },
      { name: "floor: read + inflate every entry + scan its XML (ms)", value: ms("floor"), unit: "ms", note: `median of ${n}; fflate unzipSync + indexOf; CPU ${Math.round(median(cpuSeries.floor))} ms` },
      ...toFloor("xlsxRead", "SheetJS XLSX.read alone"),
      ...toFloor("bare", "SheetJS bare parse (XLSX.read + sheet_to_json)"),
      ...toFloor("read", "product: read (readWorkbook)"),
      ...toFloor("recognise", "product: recognise (detectLayout)"),
      ...toFloor("validate", "product: records + validate (analyzeWorkbook − recognise)"),
      ...toFloor("merge", "product: merge (createRollups)", `${rowsMerged} rows merged`),
      ...toFloor("write", "product: write (styled roll-up workbook)"),
      ...toFloor("engine", "engine: read + recognise + validate + merge", "target ≤ 3 × floor"),
      { name: "write / (engine + write)", value: median(derived((i) => at("write", i) / at("rollup", i))), unit: "ratio", note: `target ≤ 0.25; per round ${fmt(derived((i) => at("write", i) / at("rollup", i)))}` },
      ...toFloor("cli1", "smartcampus rollup --workers 1, child process"),
      ...toFloor("cli", "smartcampus rollup (one reader thread per core), child process", `${cliMerged} file entries merged, ${cliFailed} failed`),
      { name: "CLI pooled / CLI --workers 1", value: median(ratio("cli", "cli1")), unit: "ratio", note: `per round ${fmt(ratio("cli", "cli1"))}; CPU time ${cpuRatio("cli", "cli1").toFixed(2)}` },
      { name: "CLI --workers 1 / SheetJS bare parse", value: median(ratio("cli1", "bare")), unit: "ratio", note: `per round ${fmt(ratio("cli1", "bare"))}` },
      { name: "CLI / SheetJS bare parse", value: median(ratio("cli", "bare")), unit: "ratio", note: `target ≤ 1.0; per round ${fmt(ratio("cli", "bare"))}; CPU time ${cpuRatio("cli", "bare").toFixed(2)}` },
      { name: "CLI / XLSX.read alone", value: median(ratio("cli", "xlsxRead")), unit: "ratio", note: `per round ${fmt(ratio("cli", "xlsxRead"))}` },
      { name: "engine / SheetJS bare parse", value: median(ratio("engine", "bare")), unit: "ratio", note: `per round ${fmt(ratio("engine", "bare"))}; CPU time ${cpuRatio("engine", "bare").toFixed(2)}` },
      { name: "peak RSS (smartcampus rollup)", value: peak, unit: "MiB", note: `max of ${2 * n} runs; target ≤ 300; load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores` },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
