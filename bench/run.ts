/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those named on the command line) one after
 * another, each exporting `default async function run(): Promise<Measurement[]>`, and prints one
 * table. Ratios are measured inside one bench, in one run: this machine is noisy, so only figures
 * taken side by side are compared.
 *
 *   npm run bench                     # all
 *   npm run bench -- engine           # bench/engine.bench.ts only
 *   npm run bench -- --json out.json  # also write the figures as JSON
 */
import { readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderTable } from "../src/cli/render/table";

export interface Measurement {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

type Bench = () => Promise<Measurement[]>;

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US");
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf("--json");
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const wanted = args.filter((a, i) => !a.startsWith("--") && !(jsonAt >= 0 && i === jsonAt + 1));
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
    .sort();
  const rows: string[][] = [];
  const all: Array<Measurement & { bench: string }> = [];
  let failed = false;
  console.log(`node ${process.version} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ""} · ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
  for (const file of files) {
    const bench = file.replace(/\.bench\.ts$/, "");
    process.stderr.write(`bench ${bench} …\n`);
    try {
      const mod = (await import(path.join(__dirname, file))) as { default: Bench | { default: Bench } };
      const run = typeof mod.default === "function" ? mod.default : mod.default.default;
      for (const m of await run()) {
        rows.push([bench, m.name, formatValue(m.value), m.unit, m.note ?? ""]);
        all.push({ bench, ...m });
      }
    } catch (error) {
      failed = true;
      rows.push([bench, "FAILED", "", "", (error as Error).message.split("\n")[0]]);
    }
  }
  console.log(renderTable(["bench", "measure", "value", "unit", "note"], rows));
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(all, null, 2)}\n`);
  if (failed) process.exitCode = 1;
}

void main();
