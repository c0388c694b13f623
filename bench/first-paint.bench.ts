/**
 * First paint of the one-file page (dist/汇总助手.html, opened from disk) against the standalone page
 * served from localhost (dist/index.html), in Debian's Chromium, rounds alternating in one run: the
 * one-file page carries SheetJS and ExcelJS as inert text, so its first paint should cost about what
 * the served page's does. Measured: first-contentful-paint, and the time until the engine chunk has
 * run (`main[data-engine="ready"]`). Uses the build the browser tests use.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromiumAvailable, openBrowser } from "../test/e2e/browser";
import { DIST, ensureProductionBuild } from "../test/e2e/ensure-build";
import { serveFolder } from "../test/e2e/static-server";
import type { Measurement } from "./run";

const ROUNDS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export default async function run(): Promise<Measurement[]> {
  if (!chromiumAvailable()) throw new Error("needs /usr/bin/chromium");
  ensureProductionBuild();
  const folder = mkdtempSync(path.join(tmpdir(), "smartcampus-paint-"));
  copyFileSync(path.join(DIST, "汇总助手.html"), path.join(folder, "汇总助手.html"));
  const server = await serveFolder(DIST);
  const browser = await openBrowser("zh-CN");
  const pages = { served: `${server.origin}/index.html`, oneFile: pathToFileURL(path.join(folder, "汇总助手.html")).href };
  const times: Record<keyof typeof pages, { paint: number[]; ready: number[] }> = {
    served: { paint: [], ready: [] },
    oneFile: { paint: [], ready: [] },
  };
  try {
    for (let round = 0; round < ROUNDS + 1; round++) {
      for (const kind of (round % 2 ? ["oneFile", "served"] : ["served", "oneFile"]) as Array<keyof typeof pages>) {
        const page = await browser.context.newPage();
        await page.goto(pages[kind]);
        await page.locator('main[data-engine="ready"]').waitFor();
        const measured = await page.evaluate(() => ({
          paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
          ready: performance.now(),
        }));
        await page.close();
        // The first round warms the browser and the disk cache.
        if (round === 0) continue;
        times[kind].paint.push(measured.paint);
        times[kind].ready.push(measured.ready);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
  const ratio = median(times.oneFile.paint) / median(times.served.paint);
  return [
    {
      name: "one-file page first paint / served page's",
      value: ratio,
      unit: "×",
      note: `medians of ${ROUNDS}: ${median(times.oneFile.paint).toFixed(0)} ms (file://) vs ${median(times.served.paint).toFixed(0)} ms (localhost)`,
    },
    {
      name: "one-file page engine ready",
      value: median(times.oneFile.ready),
      unit: "ms",
      note: `served page ${median(times.served.ready).toFixed(0)} ms; SheetJS and ExcelJS not yet run in either`,
    },
  ];
}
