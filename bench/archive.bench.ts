/**
 * The 1,000-file roll-up (the CLI bench's schools, mixed formats) from the folder and from a single
 * .zip of the same files, as a mailbox's "download all attachments" gives it: `rollup()` in
 * process on each, alternating, five rounds. Target: the zip at most 1.1 × the folder's time
 * (ratio per round, median). The zip is written by fflate (deflate level 6, UTF-8 names).
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { rollup } from "../src/cli/commands/rollup";
import { BUILT_IN_CATALOG } from "../src/core/layouts/built-in";
import { writeSchoolSubmissions } from "./fixtures/school-submissions";
import { median, timeMs } from "./fixtures/timing";
import type { Measurement } from "./run";

const FILES = 1000;
const ROUNDS = 5;

function zipFolder(folder: string): Uint8Array {
  const files: Zippable = {};
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = new Uint8Array(readFileSync(full));
    }
  };
  walk(folder, "");
  return zipSync(files, { level: 6 });
}

export default async function run(): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smartcampus-bench-archive-"));
  try {
    await writeSchoolSubmissions(path.join(dir, "报送"), FILES);
    const zip = zipFolder(path.join(dir, "报送"));
    writeFileSync(path.join(dir, "报送.zip"), zip);

    const merged: Record<string, number> = {};
    const once = (input: string) => async () => {
      const result = await rollup({ cwd: dir, catalog: BUILT_IN_CATALOG, inputs: [input], out: `out-${input}/汇总.xlsx`, locale: "zh-CN", city: "湖州市" });
      merged[input] = result.written.reduce((n, w) => n + w.result.rows.merged, 0);
    };
    const fromFolder = once("报送");
    const fromZip = once("报送.zip");
    await fromFolder(); // warm-up: parsers compiled before anything is timed
    await fromZip();
    if (merged["报送"] !== merged["报送.zip"]) throw new Error(`the zip merged ${merged["报送.zip"]} rows, the folder ${merged["报送"]}`);

    const folders: number[] = [];
    const zips: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const f = await timeMs(fromFolder);
      const z = await timeMs(fromZip);
      folders.push(f);
      zips.push(z);
      ratios.push(z / f);
    }
    return [
      { name: "rollup of the folder (1,000 files)", value: median(folders), unit: "ms", note: `${merged["报送"]} rows merged; median of ${ROUNDS}` },
      { name: "rollup of one .zip of the same files", value: median(zips), unit: "ms", note: `${(zip.length / 2 ** 20).toFixed(1)} MiB zip; median of ${ROUNDS}` },
      { name: "zip / folder", value: median(ratios), unit: "ratio", note: `target ≤ 1.10; per round ${ratios.map((x) => x.toFixed(2)).join(" ")}` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
