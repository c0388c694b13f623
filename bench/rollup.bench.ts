/**
 * Roll-up engine cost on many records: `createRollup` fed school files of huzhou-space-plan (five
 * spaces each, a few duplicates, every district of 湖州), then `finish()`. The records are built as
 * the analyser leaves them, so only the roll-up is measured (reading and checking files is benched by
 * the engine and CLI benches).
 */
import { createRollup } from "../src/core/rollup/create-rollup";
import type { FileResult } from "../src/core/model/sheet-result";
import type { SourceRecord } from "../src/core/model/record";
import { BUILT_IN_CATALOG } from "../src/core/layouts/built-in";

const DISTRICTS = ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县", "市直属学校"];
const SPACES = ["人工智能学习空间", "数字实验室", "阅读空间", "学科教室", "创客空间"];

function schoolFile(i: number): FileResult {
  const district = DISTRICTS[i % DISTRICTS.length];
  const school = `${district}第${i}小学`;
  const records: SourceRecord[] = SPACES.map((space, s) => ({
    row: 4 + s,
    values: {
      序号: s + 1,
      区县: district,
      学校名称: school,
      "拟建空间数量（个）": 1,
      空间名称: i % 50 === 0 && s === 4 ? SPACES[0] : space,
      "预算金额（万元）": 12.5 + s,
      项目负责人: "张三",
      联系电话: "13757290000",
      "备注（应用方向）": null,
    },
    columns: {},
  }));
  return {
    path: `${district}/${school}.xlsx`,
    sheets: [
      {
        sheet: "Sheet1",
        hidden: false,
        detection: { layoutId: "huzhou-space-plan", headerRows: [3], columns: [], extraColumns: [], missingOptional: [], info: { 区县: district }, confidence: 1 },
        records,
        skipped: [{ row: 9, reason: "note" }],
        issues: [],
      },
    ],
  };
}

function timeRollup(files: number): { ms: number; records: number } {
  const inputs = Array.from({ length: files }, (_, i) => schoolFile(i));
  const started = process.hrtime.bigint();
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan" });
  for (const file of inputs) rollup.add(file);
  const result = rollup.finish();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.rows.read !== result.rows.merged + result.rows.rejected) throw new Error("row accounting broken");
  return { ms, records: result.rows.read };
}

export default async function run(): Promise<Array<{ name: string; value: number; unit: string; note?: string }>> {
  timeRollup(200); // warm-up
  const out: Array<{ name: string; value: number; unit: string; note?: string }> = [];
  for (const files of [1_000, 10_000, 40_000]) {
    const runs = [timeRollup(files), timeRollup(files), timeRollup(files)].sort((a, b) => a.ms - b.ms);
    const median = runs[1];
    out.push({ name: `rollup ${files.toLocaleString("en-US")} files`, value: median.ms, unit: "ms", note: `${median.records.toLocaleString("en-US")} records, median of 3` });
    out.push({ name: `rollup ${files.toLocaleString("en-US")} files throughput`, value: (median.records / median.ms) * 1000, unit: "records/s" });
  }
  return out;
}
