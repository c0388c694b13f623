/**
 * The standalone page (dist/index.html, served from localhost) rolling up the 1,000 realistic files
 * of `realistic.bench.ts` in Debian's headless Chromium, beside the CLI on the same files, rounds
 * alternating in one run. The files are picked into the 汇总 tab's file input (as a person picks a
 * folder's files; the browser hands the page `File` handles, nothing is decoded by a script) and the
 * page reads them in its Web Workers. Per round:
 *
 * - page roll-up: from the input's `change` to the roll-up shown (its summary in the page, the
 *   progress bar gone), timed in the page with `performance.now()`;
 * - page download: the click on 下载汇总表 to the download (the styled workbook, written by ExcelJS
 *   on the page's thread) — the CLI writes its workbook too, so page roll-up + download is what is
 *   set against it;
 * - long tasks: every `longtask` entry (a main-thread task over 50 ms) a PerformanceObserver saw,
 *   during the roll-up and during the download apart: the longest and how many were over 200 ms.
 *   The task in which Chromium hands the page the picked files (and fires `change`) is reported
 *   apart: it is the browser's own work on 1,000 files, the page's handler a few ms of it;
 * - the CLI (`smartcampus rollup`, one reader thread per core) as a child process.
 *
 *   npx tsx bench/run.ts page-rollup          # SMARTCAMPUS_BENCH_FILES=… for another count
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { chromiumAvailable, openBrowser } from "../test/e2e/browser";
import { DIST, ensureProductionBuild } from "../test/e2e/ensure-build";
import { serveFolder } from "../test/e2e/static-server";
import { realisticSubmissions } from "./fixtures/realistic-submissions";
import { median } from "./fixtures/timing";
import type { Measurement } from "./run";

const FILES = Number(process.env.SMARTCAMPUS_BENCH_FILES ?? 1000);
const ROUNDS = 3;
const ROOT = path.resolve(__dirname, "..");
const LONG_MS = 200;

interface PageRound {
  rollupMs: number;
  downloadMs: number;
  /** The task in which the browser hands the page the picked files and fires `change` (mostly its own work). */
  handoverMs: number;
  /** Every other long task from the `change` to the roll-up shown. */
  rollupTasks: number[];
  downloadTasks: number[];
  workers: number;
}

/** Installs the long-task observer and the timers: the `change` of the file input, the roll-up shown. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { tasks: [] as Array<[number, number]>, changed: 0, shown: 0 };
    (window as unknown as { bench: typeof state }).bench = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask" });
    document.addEventListener("change", () => (state.changed = performance.now()), { capture: true });
    const observer = new MutationObserver(() => {
      if (state.shown) return;
      if (document.querySelector('[data-testid="rollup-output"]') && !document.querySelector('[data-testid="rollup-progress"]')) {
        state.shown = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true });
  });
}

const benchState = (page: Page) => page.evaluate(() => (window as unknown as { bench: { tasks: Array<[number, number]>; changed: number; shown: number } }).bench);

async function pageOnce(origin: string, files: string[], context: Awaited<ReturnType<typeof openBrowser>>["context"]): Promise<PageRound> {
  const page = await context.newPage();
  let workers = 0;
  page.on("worker", () => workers++);
  try {
    await page.goto(`${origin}/index.html`);
    await page.locator('main[data-engine="ready"]').waitFor();
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.locator('[data-testid="rollup-input"]').waitFor({ state: "attached" });
    await instrument(page);
    await page.locator('[data-testid="rollup-input"]').setInputFiles(files);
    await page.waitForFunction(() => (window as unknown as { bench: { shown: number } }).bench.shown > 0, undefined, { timeout: 600_000, polling: 100 });
    const rolled = await benchState(page);
    const before = rolled.tasks.length;
    const clicked = await page.evaluate(() => performance.now());
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 600_000 }), page.locator('[data-testid="rollup-output"]').first().click()]);
    await download.path();
    const downloaded = await page.evaluate(() => performance.now());
    const after = await benchState(page);
    const holds = ([start, duration]: [number, number]) => start <= rolled.changed && rolled.changed <= start + duration;
    return {
      rollupMs: rolled.shown - rolled.changed,
      downloadMs: downloaded - clicked,
      handoverMs: rolled.tasks.filter(holds).reduce((max, [, duration]) => Math.max(max, duration), 0),
      rollupTasks: rolled.tasks.filter((task) => !holds(task) && task[0] >= rolled.changed).map(([, duration]) => duration),
      downloadTasks: after.tasks.slice(before).map(([, duration]) => duration),
      workers,
    };
  } finally {
    await page.close();
  }
}

function cliOnce(dir: string, work: string): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [path.join(ROOT, "bin", "smartcampus.js"), "rollup", "报送", "--out", path.join(work, "汇总.xlsx"), "--report", path.join(work, "report.json")], {
    cwd: dir,
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`smartcampus rollup exited ${child.status}: ${child.stderr}`);
  return ms;
}

export default async function run(): Promise<Measurement[]> {
  if (!chromiumAvailable()) throw new Error("needs /usr/bin/chromium");
  ensureProductionBuild();
  const generated = await realisticSubmissions(FILES);
  const work = mkdtempSync(path.join(os.tmpdir(), "smartcampus-bench-page-"));
  const server = await serveFolder(DIST);
  const browser = await openBrowser("zh-CN");
  const pages: PageRound[] = [];
  const cli: number[] = [];
  try {
    // Warm-up: the browser's caches, the CLI's bundle read from disk.
    await pageOnce(server.origin, generated.files.slice(0, 50), browser.context);
    cliOnce(generated.dir, work);
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2) {
        cli.push(cliOnce(generated.dir, work));
        pages.push(await pageOnce(server.origin, generated.files, browser.context));
      } else {
        pages.push(await pageOnce(server.origin, generated.files, browser.context));
        cli.push(cliOnce(generated.dir, work));
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(" ");
  const perRound = (fn: (p: PageRound, i: number) => number) => pages.map(fn);
  const rollupRatio = perRound((p, i) => p.rollupMs / cli[i]);
  const totalRatio = perRound((p, i) => (p.rollupMs + p.downloadMs) / cli[i]);
  const longest = (tasks: number[]) => (tasks.length ? Math.max(...tasks) : 0);
  const over = (tasks: number[]) => tasks.filter((d) => d > LONG_MS).length;
  const rollupLongest = perRound((p) => longest(p.rollupTasks));
  const downloadLongest = perRound((p) => longest(p.downloadTasks));
  return [
    { name: "files", value: generated.files.length, unit: "files", note: `${generated.rows} rows; ${pages[0]?.workers ?? 0} reader workers (navigator.hardwareConcurrency)` },
    { name: "page: drop → roll-up shown (ms)", value: median(pages.map((p) => p.rollupMs)), unit: "ms", note: `median of ${ROUNDS}; per round ${pages.map((p) => Math.round(p.rollupMs)).join(" ")}` },
    { name: "page: download the roll-up workbook (ms)", value: median(pages.map((p) => p.downloadMs)), unit: "ms", note: `per round ${pages.map((p) => Math.round(p.downloadMs)).join(" ")}` },
    { name: "CLI: smartcampus rollup, child process (ms)", value: median(cli), unit: "ms", note: `per round ${cli.map(Math.round).join(" ")}` },
    { name: "page roll-up / CLI", value: median(rollupRatio), unit: "ratio", note: `per round ${fmt(rollupRatio)}` },
    { name: "page roll-up + download / CLI", value: median(totalRatio), unit: "ratio", note: `target ≤ 1.5; per round ${fmt(totalRatio)}` },
    { name: "page roll-up: longest main-thread task", value: Math.max(...rollupLongest), unit: "ms", note: `target ≤ ${LONG_MS}; per round ${rollupLongest.map(Math.round).join(" ")}` },
    { name: `page roll-up: long tasks over ${LONG_MS} ms`, value: Math.max(...perRound((p) => over(p.rollupTasks))), unit: "tasks", note: `per round ${perRound((p) => over(p.rollupTasks)).join(" ")}; tasks over 50 ms ${perRound((p) => p.rollupTasks.length).join(" ")}` },
    { name: "page: the browser's file hand-over task (change fired in it)", value: Math.max(...perRound((p) => p.handoverMs)), unit: "ms", note: `per round ${perRound((p) => Math.round(p.handoverMs)).join(" ")}; Chromium making 1,000 File objects, the page's handler a few ms of it` },
    { name: "page download: longest main-thread task", value: Math.max(...downloadLongest), unit: "ms", note: `per round ${downloadLongest.map(Math.round).join(" ")}; ExcelJS writes on the page's thread` },
  ];
}
