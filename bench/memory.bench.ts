/**
 * Peak memory of `smartcampus rollup` as a user runs it (one reader thread per core): the 1,000
 * realistic files, the same files ten times over (10,000 files: memory must not grow with the
 * file count — target within 1.2 × the 1,000-file figure), and one 100,000-row workbook (target
 * ≤ 300 MB each). The 10,000 files are copies of the 1,000 under other names, kept in the same
 * cache folder as those; the large workbook is the engine bench's.
 *
 *   npx tsx bench/run.ts memory
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bigWorkbook } from "./engine.bench";
import { realisticSubmissions } from "./fixtures/realistic-submissions";
import type { Measurement } from "./run";

const ROOT = path.resolve(__dirname, "..");

function cliPeak(cwd: string, input: string, work: string): { ms: number; peakMiB: number; merged: number; files: number } {
  const rssFile = path.join(work, "max-rss");
  const out = path.join(work, "cli");
  rmSync(out, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ["-r", path.join(__dirname, "fixtures", "max-rss.cjs"), path.join(ROOT, "bin", "smartcampus.js"), "rollup", input, "--out", path.join(out, "汇总.xlsx"), "--report", path.join(out, "report.json"), "--city", "湖州市"],
    { cwd, env: { ...process.env, SMARTCAMPUS_BENCH_RSS_FILE: rssFile }, encoding: "utf8", maxBuffer: 64 * 2 ** 20 },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // Exit 1 is a roll-up written with error-level findings (the realistic files carry some); 3 is none written.
  if (child.status !== 0 && child.status !== 1) throw new Error(`smartcampus rollup exited ${child.status}: ${child.stderr.slice(0, 500)}`);
  const report = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")) as { files: Array<{ path: string; status: string }> };
  return {
    ms,
    peakMiB: Number(readFileSync(rssFile, "utf8")) / 1024,
    merged: report.files.filter((f) => f.status === "merged").length,
    files: new Set(report.files.map((f) => f.path)).size,
  };
}

export default async function run(): Promise<Measurement[]> {
  const generated = await realisticSubmissions(1000);
  const many = path.join(generated.dir, "x10");
  if (!existsSync(path.join(many, "done"))) {
    rmSync(many, { recursive: true, force: true });
    const into = path.join(many, "报送");
    mkdirSync(into, { recursive: true });
    for (let copy = 0; copy < 10; copy++) for (const file of generated.files) copyFileSync(file, path.join(into, `${copy}-${path.basename(file)}`));
    writeFileSync(path.join(many, "done"), "");
  }
  const big = path.join(path.dirname(generated.dir), "big-100000.xlsx");
  if (!existsSync(big)) writeFileSync(big, bigWorkbook());

  const work = mkdtempSync(path.join(os.tmpdir(), "smartcampus-bench-memory-"));
  try {
    const thousand = cliPeak(generated.dir, "报送", work);
    const tenThousand = cliPeak(many, "报送", work);
    const large = cliPeak(path.dirname(big), path.basename(big), work);
    const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
    return [
      { name: "peak RSS, 1,000 files", value: thousand.peakMiB, unit: "MiB", note: `target ≤ 300; ${thousand.files} files in ${(thousand.ms / 1000).toFixed(1)} s` },
      { name: "peak RSS, 10,000 files", value: tenThousand.peakMiB, unit: "MiB", note: `${tenThousand.files} files in ${(tenThousand.ms / 1000).toFixed(1)} s` },
      { name: "peak RSS 10,000 / 1,000 files", value: tenThousand.peakMiB / thousand.peakMiB, unit: "ratio", note: "target ≤ 1.2" },
      { name: "peak RSS, one 100,000-row workbook", value: large.peakMiB, unit: "MiB", note: `target ≤ 300; ${(large.ms / 1000).toFixed(1)} s; load ${load} on ${os.cpus().length} cores` },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
