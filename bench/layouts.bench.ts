/**
 * Layouts a staffer adds: learning a layout from a blank template (target < 50 ms), and what 20
 * learned user layouts beside the 8 built-ins cost recognition on the 1,000-file roll-up bench
 * (target ≤ 1.2 × the 8 alone). Measured side by side in one run, rounds alternating, the ratio
 * taken per round and its median reported.
 *
 *   npx tsx bench/run.ts layouts
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzeFile } from "../src/cli/analyze-file";
import { nodeInflateRaw } from "../src/cli/node-inflate";
import { detectLayout } from "../src/core/analyze";
import { learnLayout } from "../src/core/learn/learn-layout";
import { BUILT_IN_CATALOG } from "../src/core/layouts/built-in";
import { withLayouts, type Catalog } from "../src/core/layouts/catalog";
import type { Grid } from "../src/core/model/grid";
import { recognizeForm } from "../src/core/recognize/form-recognizer";
import { recognizeByHeader } from "../src/core/recognize/header-recognizer";
import { sheetView } from "../src/core/recognize/sheet-view";
import { createRollups } from "../src/core/rollup/create-rollups";
import { readWorkbook } from "../src/io/read";
import { attachDropDownLists, readDropDownLists } from "../src/io/read/read-drop-down-lists";
import { writeTemplateWorkbook } from "../src/io/write/template-workbook";
import { writeSchoolSubmissions } from "./fixtures/school-submissions";
import { median, timeMs } from "./fixtures/timing";
import { learnedUserLayouts } from "./fixtures/user-layouts";
import type { Measurement } from "./run";

const LIST_LAYOUTS = ["huzhou-space-plan", "huzhou-space-progress", "huzhou-case-summary", "zhejiang-pilot-summary", "ningbo-benchmark-summary"];
const FILES = 1000;
const USER_LAYOUTS = 20;

async function learning(): Promise<Measurement[]> {
  const templates: Array<{ id: string; bytes: Uint8Array; grid: Grid }> = [];
  for (const id of LIST_LAYOUTS) {
    const bytes = await writeTemplateWorkbook(BUILT_IN_CATALOG.get(id)!);
    const read = readWorkbook(bytes, `${id}.xlsx`, { inflateRaw: nodeInflateRaw });
    if (!read.ok) throw new Error(id);
    templates.push({ id, bytes, grid: attachDropDownLists(read.grids, readDropDownLists(bytes, nodeInflateRaw))[0] });
  }
  const learnOnly: number[] = [];
  const fromBytes: number[] = [];
  const listsOnly: number[] = [];
  for (const t of templates) {
    for (let i = 0; i < 5; i++) learnLayout(t.grid); // warm-up
    const runs: number[] = [];
    for (let i = 0; i < 21; i++) runs.push(await timeMs(() => learnLayout(t.grid)));
    learnOnly.push(median(runs));
    const file: number[] = [];
    for (let i = 0; i < 7; i++) {
      file.push(
        await timeMs(async () => {
          const read = readWorkbook(t.bytes, "t.xlsx", { inflateRaw: nodeInflateRaw });
          if (!read.ok) throw new Error("read");
          const grids = attachDropDownLists(read.grids, readDropDownLists(t.bytes, nodeInflateRaw));
          learnLayout(grids[0]);
        }),
      );
    }
    fromBytes.push(median(file));
    const lists: number[] = [];
    for (let i = 0; i < 7; i++) lists.push(await timeMs(() => readDropDownLists(t.bytes, nodeInflateRaw)));
    listsOnly.push(median(lists));
  }
  const worst = (xs: number[]) => Math.max(...xs);
  return [
    { name: "learn a layout (learnLayout on the sheet)", value: worst(learnOnly), unit: "ms", note: `slowest of ${LIST_LAYOUTS.length} blank templates, median of 21; each ${learnOnly.map((x) => x.toFixed(2)).join(" ")}; target < 50` },
    { name: "drop-down lists of a template (readDropDownLists)", value: worst(listsOnly), unit: "ms", note: `slowest template, median of 7; each ${listsOnly.map((x) => x.toFixed(2)).join(" ")}` },
    { name: "learn from the .xlsx bytes (read + drop-downs + learn)", value: worst(fromBytes), unit: "ms", note: `slowest template, median of 7; each ${fromBytes.map((x) => x.toFixed(1)).join(" ")}; SheetJS reading the 200 styled blank rows is most of it` },
  ];
}

/** Scoring every layout of the catalog, as recognition did before the catalog's inverted index. */
function detectExhaustive(grid: Grid, catalog: Catalog): void {
  const view = sheetView(grid);
  for (const layout of catalog.layouts) (layout.kind === "form" ? recognizeForm : recognizeByHeader)(view, layout, false);
}

async function recognition(): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smartcampus-bench-layouts-"));
  try {
    const generated = await writeSchoolSubmissions(path.join(dir, "报送"), FILES);
    const builtIn = BUILT_IN_CATALOG;
    const user = learnedUserLayouts(USER_LAYOUTS);
    const withUser = withLayouts(BUILT_IN_CATALOG, user).catalog;
    const grids: Grid[] = [];
    for (const file of generated.files) {
      const read = readWorkbook(new Uint8Array(readFileSync(file)), path.basename(file), { inflateRaw: nodeInflateRaw });
      if (read.ok) grids.push(...read.grids);
    }
    const detectAll = (catalog: Catalog) => () => {
      for (const grid of grids) detectLayout(grid, { catalog });
    };
    const exhaustiveAll = (catalog: Catalog) => () => {
      for (const grid of grids) detectExhaustive(grid, catalog);
    };
    const engine = (catalog: Catalog) => async () => {
      const set = createRollups({ catalog, city: "湖州市" });
      for (const file of generated.files) set.add(await analyzeFile({ absolute: file, display: path.relative(dir, file) }, { catalog, city: "湖州市", checkDuplicates: false }));
      const run = set.finish();
      if (run.rollups.length !== 1 || run.rollups[0].layout !== "huzhou-space-plan") throw new Error(`user layouts changed the roll-up: ${run.rollups.map((r) => r.layout).join(",")}`);
    };
    for (const c of [builtIn, withUser]) {
      detectAll(c)();
      exhaustiveAll(c)();
      await engine(c)();
    }
    const detectRatios: number[] = [];
    const exhaustiveRatios: number[] = [];
    const engineRatios: number[] = [];
    const d8: number[] = [];
    const d28: number[] = [];
    const e8: number[] = [];
    const e28: number[] = [];
    for (let round = 0; round < 5; round++) {
      const a = await timeMs(detectAll(builtIn));
      const b = await timeMs(detectAll(withUser));
      d8.push(a);
      d28.push(b);
      detectRatios.push(b / a);
      const x = await timeMs(exhaustiveAll(builtIn));
      const y = await timeMs(exhaustiveAll(withUser));
      exhaustiveRatios.push(y / x);
    }
    for (let round = 0; round < 3; round++) {
      const a = await timeMs(engine(builtIn));
      const b = await timeMs(engine(withUser));
      e8.push(a);
      e28.push(b);
      engineRatios.push(b / a);
    }
    const per = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(" ");
    return [
      { name: `recognition, ${grids.length} sheets, 8 built-in layouts`, value: median(d8), unit: "ms", note: "detectLayout on every sheet of the 1,000 files, read beforehand; median of 5" },
      { name: `recognition, 8 built-in + ${USER_LAYOUTS} user layouts`, value: median(d28), unit: "ms", note: "median of 5" },
      { name: "recognition 28 layouts / 8", value: median(detectRatios), unit: "ratio", note: `target ≤ 1.2; per round ${per(detectRatios)}` },
      { name: "scoring every layout (no index) 28 / 8", value: median(exhaustiveRatios), unit: "ratio", note: `what the inverted index saves; per round ${per(exhaustiveRatios)}` },
      { name: "engine (read + detect + validate + merge), 8 layouts", value: median(e8), unit: "ms", note: "median of 3" },
      { name: `engine, 8 + ${USER_LAYOUTS} user layouts`, value: median(e28), unit: "ms", note: "median of 3" },
      { name: "engine 28 layouts / 8", value: median(engineRatios), unit: "ratio", note: `target ≤ 1.2; per round ${per(engineRatios)}` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<Measurement[]> {
  return [...(await learning()), ...(await recognition())];
}
