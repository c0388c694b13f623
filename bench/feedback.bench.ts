/**
 * Returned copies: 1,000 schools' files, a tenth of them with a mistake, rolled up as
 * `smartcampus rollup` runs it, without and with `--feedback` (a marked copy of each file with an
 * issue, and 退回说明.txt). Target: the copies add at most 30 % to the roll-up's time.
 * The two alternate in one process, three rounds; the ratio is taken per round, the median reported.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUILT_IN_CATALOG } from "../src/core/layouts/built-in";
import { rollup } from "../src/cli/commands/rollup";
import { writeSchoolSubmissions } from "./fixtures/school-submissions";
import { median, timeMs } from "./fixtures/timing";
import type { Measurement } from "./run";

const FILES = 1000;
const FAULTY_SHARE = 0.1;
const ROUNDS = 3;

export default async function run(): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smartcampus-bench-feedback-"));
  try {
    const generated = await writeSchoolSubmissions(path.join(dir, "报送"), FILES, 20250401, { faultyShare: FAULTY_SHARE });
    let copies = 0;
    const once = async (feedback: boolean, round: number): Promise<void> => {
      const result = await rollup({
        cwd: dir,
        inputs: ["报送"],
        out: `out${round}/汇总.xlsx`,
        locale: "zh-CN",
        city: "湖州市",
        catalog: BUILT_IN_CATALOG,
        ...(feedback ? { feedback: `out${round}/退回` } : {}),
      });
      if (feedback) copies = result.report.feedback?.files.filter((f) => f.copy !== null).length ?? 0;
    };
    await once(true, -1); // warm-up: every parser and writer compiled before anything is timed
    const plain: number[] = [];
    const withCopies: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const p = await timeMs(() => once(false, round));
      const f = await timeMs(() => once(true, round));
      plain.push(p);
      withCopies.push(f);
      ratios.push(f / p);
    }
    const written = readdirSync(path.join(dir, "out0", "退回")).filter((n) => n.endsWith(".xlsx")).length;
    return [
      { name: "files generated", value: FILES, unit: "files", note: `${generated.rows} rows; ${Math.round(FAULTY_SHARE * 100)} % with a mistake` },
      { name: "returned copies written", value: written, unit: "files", note: `${copies} in the report` },
      { name: "rollup, in process", value: median(plain), unit: "ms", note: `median of ${ROUNDS}; read, check, merge, workbook` },
      { name: "rollup --feedback, in process", value: median(withCopies), unit: "ms", note: `median of ${ROUNDS}; plus the copies and 退回说明.txt` },
      { name: "rollup --feedback / rollup", value: median(ratios), unit: "ratio", note: `target ≤ 1.30; per round ${ratios.map((x) => x.toFixed(2)).join(" ")}` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
