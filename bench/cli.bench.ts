/**
 * 1,000 schools' files (1–6 rows each, mixed formats and deviations): the roll-up as
 * `smartcampus rollup` runs it, against the bare parse of the same files, in one run.
 * Targets: the engine adds at most 50 % on top of parsing; peak memory under 300 MB;
 * 1,000 files well under 10 s on 2 cores.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { rollup } from "../src/cli/commands/rollup";
import { parseOptions } from "../src/io/read/read-spreadsheet";
import { writeSchoolSubmissions } from "./fixtures/school-submissions";
import { timeMs } from "./fixtures/timing";
import type { Measurement } from "./run";

const FILES = 1000;
const ROOT = path.resolve(__dirname, "..");

export default async function run(): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smartcampus-bench-cli-"));
  try {
    const input = path.join(dir, "报送");
    const generated = await writeSchoolSubmissions(input, FILES);

    // Bare parse: read every file and hand it to SheetJS, nothing else.
    const bare = await timeMs(async () => {
      for (const file of generated.files) XLSX.read(await readFile(file), parseOptions());
    });

    // The command's own function, in this process (no start-up), the same code path as the CLI.
    let merged = 0;
    const inProcess = await timeMs(async () => {
      const result = await rollup({ cwd: dir, inputs: ["报送"], out: "out/汇总.xlsx", locale: "zh-CN", city: "湖州市" });
      merged = result.written.reduce((n, w) => n + w.result.rows.merged, 0);
    });

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
      { name: "bare parse (read + XLSX.read)", value: bare, unit: "ms" },
      { name: "rollup, in process", value: inProcess, unit: "ms", note: `${merged} rows merged` },
      { name: "rollup in process / bare parse", value: inProcess / bare, unit: "ratio", note: "target ≤ 1.50" },
      { name: "smartcampus rollup (child process)", value: cliMs, unit: "ms", note: `${failed} files not merged; target well < 10 s` },
      { name: "smartcampus rollup / bare parse", value: cliMs / bare, unit: "ratio", note: "incl. start-up, workbook + report writing" },
      { name: "rows/s (smartcampus rollup)", value: generated.rows / (cliMs / 1000), unit: "rows/s" },
      { name: "peak RSS (smartcampus rollup)", value: peakMiB, unit: "MiB", note: "target < 300" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
