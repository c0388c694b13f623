/**
 * 1,000 schools' files (1–6 rows each, mixed formats and deviations): the roll-up as
 * `smartcampus rollup` runs it, against the bare parse of the same files, in one run.
 * Targets: the roll-up at most 1.50 × the bare parse; peak memory under 300 MB;
 * 1,000 files well under 10 s on 2 cores.
 *
 * The bare parse is the parse the product needs, nothing else: each file read from disk
 * synchronously (as the CLI reads it), then `XLSX.read` with the reader's options
 * (`parseOptions()`) for a workbook, or for a CSV the product's own decode + CSV parse (the product
 * never hands CSV to SheetJS). The in-process roll-up (`rollup()`, the CLI's code path: read, zip
 * and compound-file guards, grids, detect, records, checks, roll-up, roll-up workbook written)
 * and the bare parse alternate, three rounds; the ratio is taken per round, the median reported.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRollups } from "../src/core/rollup/create-rollups";
import * as XLSX from "@e965/xlsx";
import { analyzeFile } from "../src/cli/analyze-file";
import { rollup } from "../src/cli/commands/rollup";
import { decodeText } from "../src/io/read/decode-text";
import { parseCsv } from "../src/io/read/parse-csv";
import { parseOptions } from "../src/io/read/read-spreadsheet";
import { writeSchoolSubmissions } from "./fixtures/school-submissions";
import { median, timeMs } from "./fixtures/timing";
import type { Measurement } from "./run";
import { BUILT_IN_CATALOG } from "../src/core/layouts/built-in";

const FILES = 1000;
const ROUNDS = 3;
const ROOT = path.resolve(__dirname, "..");

export default async function run(): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smartcampus-bench-cli-"));
  try {
    const input = path.join(dir, "报送");
    const generated = await writeSchoolSubmissions(input, FILES);

    const bareParse = (): void => {
      for (const file of generated.files) {
        const bytes = readFileSync(file);
        if (file.endsWith(".csv")) parseCsv(decodeText(bytes).text);
        else XLSX.read(bytes, parseOptions());
      }
    };
    bareParse(); // warm-up: SheetJS and the CSV parser compiled before anything is timed

    // The command's own function, in this process (no start-up), the same code path as the CLI.
    let merged = 0;
    const rollupOnce = async (): Promise<void> => {
      const result = await rollup({ cwd: dir, inputs: ["报送"], out: "out/汇总.xlsx", locale: "zh-CN", city: "湖州市", catalog: BUILT_IN_CATALOG });
      merged = result.written.reduce((n, w) => n + w.result.rows.merged, 0);
    };
    await rollupOnce(); // warm-up, likewise
    // The engine's part of the roll-up alone: what `rollup()` does per file (read, detect, validate)
    // and the merge (duplicates, quotas, roster, totals) — everything but writing the workbook.
    const analyzeAll = async (): Promise<void> => {
      for (const file of generated.files) await analyzeFile({ absolute: file, display: path.relative(dir, file) }, { catalog: BUILT_IN_CATALOG, city: "湖州市", checkDuplicates: false });
    };
    const engineOnce = async (): Promise<void> => {
      const set = createRollups({ catalog: BUILT_IN_CATALOG, city: "湖州市" });
      for (const file of generated.files) set.add(await analyzeFile({ absolute: file, display: path.relative(dir, file) }, { catalog: BUILT_IN_CATALOG, city: "湖州市", checkDuplicates: false }));
      set.finish();
    };
    const bares: number[] = [];
    const rollups: number[] = [];
    const analyses: number[] = [];
    const ratios: number[] = [];
    const analyzeRatios: number[] = [];
    const engines: number[] = [];
    const engineRatios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const b = await timeMs(bareParse);
      const r = await timeMs(rollupOnce);
      const a = await timeMs(analyzeAll);
      const e = await timeMs(engineOnce);
      bares.push(b);
      rollups.push(r);
      analyses.push(a);
      engines.push(e);
      ratios.push(r / b);
      analyzeRatios.push(a / b);
      engineRatios.push(e / b);
    }
    const bare = median(bares);
    const inProcess = median(rollups);
    const analyzed = median(analyses);
    const engine = median(engines);

    // The CLI as a user runs it, with its peak resident memory.
    const rssFile = path.join(dir, "max-rss");
    const start = process.hrtime.bigint();
    const child = spawnSync(
      process.execPath,
      ["-r", path.join(__dirname, "fixtures", "max-rss.cjs"), path.join(ROOT, "bin", "smartcampus.js"), "rollup", "报送", "--out", "cli/汇总.xlsx", "--report", "cli/report.json", "--city", "湖州市"],
      { cwd: dir, env: { ...process.env, SMARTCAMPUS_BENCH_RSS_FILE: rssFile }, encoding: "utf8" },
    );
    const cliMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(`smartcampus rollup exited ${child.status}: ${child.stderr}`);
    const peakMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
    const report = JSON.parse(readFileSync(path.join(dir, "cli", "report.json"), "utf8"));
    const failed = report.files.filter((f: { status: string }) => f.status !== "merged").length;

    const formats = Object.entries(generated.byFormat).map(([k, v]) => `${k} ${v}`).join(", ");
    return [
      { name: "files / rows generated", value: FILES, unit: "files", note: `${generated.rows} rows; ${formats}` },
      { name: "bare parse (read + XLSX.read / CSV parse)", value: bare, unit: "ms", note: `median of ${ROUNDS}; reader's options` },
      { name: "rollup, in process", value: inProcess, unit: "ms", note: `${merged} rows merged; median of ${ROUNDS}` },
      { name: "rollup in process / bare parse", value: median(ratios), unit: "ratio", note: `incl. writing the styled workbook; per round ${ratios.map((x) => x.toFixed(2)).join(" ")}` },
      { name: "read + detect + validate (every file)", value: analyzed, unit: "ms", note: `median of ${ROUNDS}; the roll-up's per-file part` },
      { name: "read + detect + validate / bare parse", value: median(analyzeRatios), unit: "ratio", note: `per round ${analyzeRatios.map((x) => x.toFixed(2)).join(" ")}` },
      { name: "engine: read + detect + validate + merge", value: engine, unit: "ms", note: `median of ${ROUNDS}; the roll-up without writing the workbook` },
      { name: "engine / bare parse", value: median(engineRatios), unit: "ratio", note: `target ≤ 1.50; per round ${engineRatios.map((x) => x.toFixed(2)).join(" ")}` },
      { name: "roll-up workbook + report (rollup − engine)", value: inProcess - engine, unit: "ms", note: "medians; ExcelJS building the styled .xlsx" },
      { name: "smartcampus rollup (child process)", value: cliMs, unit: "ms", note: `${failed} files not merged; target well < 10 s` },
      { name: "smartcampus rollup / bare parse", value: cliMs / bare, unit: "ratio", note: "incl. start-up, workbook + report writing" },
      { name: "rows/s (smartcampus rollup)", value: generated.rows / (cliMs / 1000), unit: "rows/s" },
      { name: "peak RSS (smartcampus rollup)", value: peakMiB, unit: "MiB", note: "target < 300" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
