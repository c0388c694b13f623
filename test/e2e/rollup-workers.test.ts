import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as XLSX from "@e965/xlsx";
import type { Page } from "playwright-core";
import { writeSchoolSubmissions } from "../../bench/fixtures/school-submissions";
import { createPaneEngine } from "../../src/taskpane/engine/engine-impl";
import { runRollup, type RollupRunView } from "../../src/taskpane/rollup/run-rollup";
import { DIST } from "./ensure-build";
import { ningboArchive, ningboSubmissions, unrelatedWorkbook, type PageFile } from "./sample-files";
import { describeServedPane } from "./served-pane";

/*
 * The 汇总 tab reads dropped files in Web Workers (pane-reader.js, one per core): the page's own
 * thread never loads the file parser. Driven in Debian's Chromium with real files of four writers
 * and formats, a .zip among them; the page's roll-up is compared with the roll-up of the same files
 * read one by one on one thread (the pane's path without workers), run in Node.
 */

/** Every file carries this time, in the page as in Node: of two files of one school the newer wins. */
const MODIFIED = Date.UTC(2025, 4, 20, 8, 0, 0);

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "smartcampus-workers-"));
});
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** `count` generated schools' files (ExcelJS, SheetJS, BIFF8 .xls, GBK CSV) and the Ningbo ones, an archive and an unrelated workbook. */
async function submissions(count: number, seed: number): Promise<PageFile[]> {
  const generated = await writeSchoolSubmissions(path.join(folder, String(seed)), count, seed);
  const schools = generated.files.map((file) => ({ name: path.basename(file), mimeType: "application/octet-stream", buffer: readFileSync(file) }));
  const broken = { name: "损坏的文件.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\u0003\u0004 not really a workbook") };
  return [...schools, ...(await ningboSubmissions()), await ningboArchive(), await unrelatedWorkbook(), broken];
}

/** The same files rolled up as the pane did before it had workers: read one by one on one thread. */
async function oneThreadRollup(files: PageFile[]): Promise<RollupRunView> {
  const inputs = files.map((file) => ({ name: file.name, modified: new Date(MODIFIED), bytes: async () => new Uint8Array(file.buffer) }));
  return runRollup(inputs, createPaneEngine(), () => undefined, { readers: async () => undefined, pause: async () => undefined });
}

/** Drops files as a person drags them from the file manager, each with the same modification time. */
async function drop(page: Page, files: PageFile[]): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, type: file.mimeType, data: file.buffer.toString("base64") }));
  await page.locator('[data-testid="rollup-drop"]').evaluate(
    (target, { list, modified }) => {
      const transfer = new DataTransfer();
      for (const item of list) {
        const bytes = Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], item.name, { type: item.type, lastModified: modified }));
      }
      for (const type of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { list: payload, modified: MODIFIED },
  );
}

/** Records every value the progress bar shows (`done/total`), from before the drop. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    const note = () => {
      const bar = document.querySelector('[data-testid="rollup-progress"]');
      const value = bar ? `${bar.getAttribute("data-done")}/${bar.getAttribute("data-total")}` : undefined;
      if (value && seen[seen.length - 1] !== value) seen.push(value);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-done"] });
  });
}

const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

/**
 * Each file's row and status, in list order, read by scrolling the list's box from top to bottom
 * (a long list is virtualised: only the rows near the view are in the page), and the most rows the
 * page held at once.
 */
const fileStatuses = async (page: Page) => {
  await page.locator('[data-testid="file-status-list"] [data-file]').first().waitFor();
  const read = await page.locator('[data-testid="file-status-list"]').evaluate(async (box) => {
    const total = Number(box.getAttribute("data-files"));
    const rows = new Map<number, [string | null, string | null]>();
    let mostAtOnce = 0;
    const collect = () => {
      const present = box.querySelectorAll("[data-file]");
      mostAtOnce = Math.max(mostAtOnce, present.length);
      for (const row of present) rows.set(Number(row.getAttribute("data-index")), [row.getAttribute("data-file"), row.getAttribute("data-status")]);
    };
    const sleep = () => new Promise((resolve) => setTimeout(resolve, 50));
    /** A row is in the page at the box's lower edge: the rows in view are rendered. */
    const viewRendered = () => {
      const edge = box.getBoundingClientRect().bottom - 2;
      return [...box.querySelectorAll("[data-file]")].some((row) => {
        const rect = row.getBoundingClientRect();
        return rect.top <= edge && rect.bottom >= edge;
      });
    };
    box.scrollTop = 0;
    for (;;) {
      collect();
      const atEnd = box.scrollTop + box.clientHeight >= box.scrollHeight - 1;
      if (rows.size >= total || atEnd) break;
      // One view further down, then wait (at most 10 s) for the list to render the rows now in view.
      box.scrollTop += box.clientHeight;
      for (let waited = 0; !viewRendered() && waited < 10_000; waited += 50) await sleep();
    }
    return { total, mostAtOnce, rows: [...rows.entries()].sort(([a], [b]) => a - b) };
  });
  // Every index from the first to the last, once: no row skipped or shown twice.
  expect(read.rows.map(([index]) => index)).toEqual(read.rows.map((_, index) => index));
  expect(read.rows.length).toBe(read.total);
  return { rows: read.rows.map(([, row]) => row), mostAtOnce: read.mostAtOnce };
};

/** Every sheet of a workbook as rows of values. */
function sheetsOf(bytes: Uint8Array): Record<string, unknown[][]> {
  const workbook = XLSX.read(bytes, { type: "array" });
  return Object.fromEntries(workbook.SheetNames.map((name) => [name, XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name], { header: 1, defval: null })]));
}

describeServedPane("rollup-workers", "the 汇总 tab's reader workers in Chromium", (pane) => {
  /** The page, with the workers it starts and the console errors it logs. */
  async function openRollupTab(url = `${pane.server.origin}/index.html`): Promise<{ page: Page; workers: string[]; running: () => number; errors: string[] }> {
    const page = await pane.browser.context.newPage();
    const workers: string[] = [];
    let open = 0;
    const errors: string[] = [];
    page.on("worker", (worker) => {
      workers.push(worker.url());
      open++;
      worker.once("close", () => open--);
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(url);
    await page.locator('main[data-engine="ready"]').waitFor();
    await page.getByRole("tab", { name: "汇总" }).click();
    return { page, workers, running: () => open, errors };
  }

  test("rolls up 150 dropped files in workers with a progress bar: the same roll-up as one thread makes, the parser never loaded on the page", async () => {
    const files = await submissions(140, 20250501);
    const expected = await oneThreadRollup(files);
    const { page, workers, errors } = await openRollupTab();
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await watchProgress(page);
    const requestsBefore = pane.browser.requests.length;

    await drop(page, files);
    await page.locator('[data-testid="rollup-huzhou-space-plan"]').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="rollup-progress"]').waitFor({ state: "detached" });

    // Workers did the reading: pane-reader.js, at most one per core; the page never asked for the parser's chunk.
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.length).toBeLessThanOrEqual(cores);
    for (const url of workers) expect(url).toMatch(/\/pane-reader\.js$/);
    const requested = pane.browser.requests.slice(requestsBefore);
    expect(requested.filter((url) => /\/chunks\/reader\./.test(url))).toEqual([]);

    // The bar counted the files (the archive's three among them) up to all of them.
    const total = expected.files.length;
    const seen = await progressSeen(page);
    expect(seen.length).toBeGreaterThan(0);
    const counts = seen.map((value) => value.split("/").map(Number));
    for (const [done, of] of counts) {
      expect(of).toBe(total);
      expect(done).toBeLessThanOrEqual(total);
    }
    expect(counts.map(([done]) => done)).toEqual([...counts.map(([done]) => done)].sort((a, b) => a - b));

    // Every file's status, in the order dropped, as one thread rolls them up; the long list kept
    // only the rows near its view in the page.
    const list = await fileStatuses(page);
    expect(list.rows).toEqual(expected.files.map((file) => [file.name, file.status]));
    expect(list.mostAtOnce).toBeLessThan(total / 2);
    expect(expected.files.map((file) => file.status)).toEqual(expect.arrayContaining(["merged", "unknown-layout", "failed"]));

    // Each roll-up downloads as the workbook one thread writes from the same files, cell for cell.
    const engine = createPaneEngine();
    expect(expected.rollups.length).toBeGreaterThan(1);
    for (const result of expected.rollups) {
      const summary = page.locator(`[data-testid="rollup-${result.layout}"]`);
      const [download] = await Promise.all([page.waitForEvent("download"), summary.locator('[data-testid="rollup-output"]').click()]);
      const shown = sheetsOf(readFileSync((await download.path())!));
      expect(shown).toEqual(sheetsOf(await engine.writeRollupWorkbook(result, "zh-CN")));
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  test("cancel midway stops the workers and leaves the pane as before the drop; the next drop rolls up in full", async () => {
    const files = await submissions(400, 20250502);
    const { page, workers, running } = await openRollupTab();
    await drop(page, files);
    const bar = page.locator('[data-testid="rollup-progress"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="rollup-progress"]')?.getAttribute("data-done") ?? 0) > 0, undefined, { timeout: 120_000 });
    const done = Number(await bar.getAttribute("data-done"));
    expect(done).toBeLessThan(Number(await bar.getAttribute("data-total")));
    expect(workers.length).toBeGreaterThan(0);

    await page.locator('[data-testid="rollup-cancel"]').click();
    await expect(page.getByText("已取消汇总").textContent()).resolves.toContain("未生成汇总表");
    // Nothing half-made: no bar, no file list, no roll-up; the workers are gone.
    await expect(bar.count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="file-status-list"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="rollup-output"]').count()).resolves.toBe(0);
    for (let waited = 0; running() > 0 && waited < 30_000; waited += 100) await page.waitForTimeout(100);
    expect(running()).toBe(0);

    // The pane takes the next drop and rolls it up in full, as one thread does.
    const next = await ningboSubmissions();
    const expected = await oneThreadRollup(next);
    await drop(page, next);
    await page.locator('[data-testid="rollup-ningbo-benchmark-summary"]').waitFor();
    expect((await fileStatuses(page)).rows).toEqual(expected.files.map((file) => [file.name, file.status]));
    await page.close();
  }, 240_000);

  test("the one-file page opened from disk starts its workers from the text it carries, with nothing fetched", async () => {
    const copyFolder = mkdtempSync(path.join(tmpdir(), "smartcampus-one-file-workers-"));
    try {
      const copy = path.join(copyFolder, "汇总助手.html");
      copyFileSync(path.join(DIST, "汇总助手.html"), copy);
      const files = await submissions(20, 20250503);
      const expected = await oneThreadRollup(files);
      const requestsBefore = pane.browser.requests.length;
      const { page, workers, errors } = await openRollupTab(pathToFileURL(copy).href);
      await drop(page, files);
      await page.locator('[data-testid="rollup-ningbo-benchmark-summary"]').waitFor({ timeout: 120_000 });
      await page.locator('[data-testid="rollup-progress"]').waitFor({ state: "detached" });
      expect(workers.length).toBeGreaterThan(0);
      for (const url of workers) expect(url).toMatch(/^blob:/);
      expect((await fileStatuses(page)).rows).toEqual(expected.files.map((file) => [file.name, file.status]));
      const fetched = pane.browser.requests.slice(requestsBefore).filter((url) => !url.startsWith("file:") && !url.startsWith("blob:") && !url.startsWith("data:"));
      expect(fetched).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(copyFolder, { recursive: true, force: true });
    }
  }, 240_000);
});
