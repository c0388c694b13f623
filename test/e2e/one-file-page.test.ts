import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/io/read";
import { chromiumAvailable, CHROMIUM, dropFiles, openBrowser, type PaneBrowser } from "./browser";
import { DIST, ensureProductionBuild } from "./ensure-build";
import { huzhouPlanWithFaults, ningboSubmissions } from "./sample-files";

/*
 * The one-file page (dist/汇总助手.html) as a WPS user gets it: the file alone, copied into an empty
 * folder and opened from disk (file://) in Debian's Chromium. No server, and no request may leave it.
 */

const PAGE = "汇总助手.html";

const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) {
  // eslint-disable-next-line no-console
  console.warn(`one-file-page e2e skipped: ${CHROMIUM} is missing (CI installs it: apt-get install chromium).`);
}

run("the one-file page opened from disk", () => {
  let folder: string;
  let pageUrl: string;
  let browser: PaneBrowser;
  /** Console errors (a refused script or style is one) and uncaught exceptions, of every page. */
  const problems: string[] = [];

  beforeAll(async () => {
    ensureProductionBuild();
    folder = mkdtempSync(path.join(tmpdir(), "smartcampus-one-file-"));
    const copy = path.join(folder, PAGE);
    copyFileSync(path.join(DIST, PAGE), copy);
    pageUrl = pathToFileURL(copy).href;
    browser = await openBrowser("zh-CN");
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function openPage(): Promise<Page> {
    const page = await browser.context.newPage();
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    await page.goto(pageUrl);
    await page.locator('main[data-engine="ready"]').waitFor();
    return page;
  }

  const tab = (page: Page, name: string) => page.getByRole("tab", { name });
  /** The inlined chunks that have run so far (the page marks each one it starts). */
  const chunksRun = (page: Page) => page.locator("script[data-chunk-run]").count();

  test("is one file: no script, style, icon or font comes from anywhere else", () => {
    const html = readFileSync(path.join(DIST, PAGE), "utf8");
    // The markup around the inlined scripts (whose text may well mention URLs).
    const markup = html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, "$1</script>");
    expect(markup).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(markup).not.toMatch(/<(link|img)[^>]*\s(href|src)="(?!data:)/i);
    expect(markup).not.toMatch(/@font-face|url\((?!["']?data:)/i);
    expect(html).not.toMatch(/office(\.debug)?\.js/);
    // The English alias is the same bytes (compared as buffers: a deep equality over 2 MB is slow).
    expect(readFileSync(path.join(DIST, "smartcampus.html")).equals(readFileSync(path.join(DIST, PAGE)))).toBe(true);
    // Hashes, no unsafe-*, no origin, nothing fetched.
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(csp).toMatch(/script-src 'sha256-[^']+'( 'sha256-[^']+')+;/);
    expect(csp).not.toMatch(/unsafe|https?:|'self'|\*/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
  });

  test("opens with the four tabs in Chinese, the engine and the file reader not yet run", async () => {
    const page = await openPage();
    await expect(page.locator("main").getAttribute("data-host")).resolves.toBe("browser");
    await expect(page.locator("h1").textContent()).resolves.toBe("智慧校园汇总助手");
    for (const name of ["校验", "汇总", "评分", "模板"]) await expect(tab(page, name).count()).resolves.toBe(1);
    await expect(page.getByText("校验当前工作表").count()).resolves.toBe(0);
    await expect(page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).resolves.toBe("undefined");
    // Lazily evaluated: of the inlined chunks only the engine's have run; SheetJS and ExcelJS wait.
    const holders = await page.locator('script[type="text/plain"][data-chunk]').count();
    const ran = await chunksRun(page);
    expect(ran).toBeGreaterThan(0);
    expect(ran).toBeLessThan(holders);

    // The other tabs render; 评分 lists the worksheet functions the page carries.
    await tab(page, "评分").click();
    await page.locator('[data-testid="function-list"]').waitFor();
    await expect(page.locator('[data-testid="function-list"]').textContent()).resolves.toContain("GRADE");
    await tab(page, "模板").click();
    await page.locator('[data-testid="template-download"]').waitFor();
    await page.close();
  });

  test("validates a dropped school file: its layout, and its issues by row", async () => {
    const page = await openPage();
    await dropFiles(page, '[data-testid="validate-drop"]', [await huzhouPlanWithFaults()]);
    await page.locator('[data-testid="validate-result"]').waitFor();
    await expect(page.locator('[data-testid="detected-layout"]').textContent()).resolves.toContain("新型教学空间建设计划汇总表");
    const issues = await page
      .locator('[data-testid="issue-list"] [data-issue-code]')
      .evaluateAll((nodes) => nodes.map((n) => [Number(n.getAttribute("data-issue-row")), n.getAttribute("data-issue-code")]));
    expect(issues).toEqual(expect.arrayContaining([[5, "missing-value"], [6, "invalid-phone"]]));
    await page.close();
  });

  test("rolls up three schools' files and downloads a workbook that reads back with every school", async () => {
    const page = await openPage();
    const before = await chunksRun(page);
    await tab(page, "汇总").click();
    await dropFiles(page, '[data-testid="rollup-drop"]', await ningboSubmissions());
    await page.locator('[data-testid="rollup-ningbo-benchmark-summary"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="rollup-output"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    // Reading and writing ran the chunks that waited.
    expect(await chunksRun(page)).toBeGreaterThan(before);

    const bytes = readFileSync((await download.path())!);
    const read = readWorkbook(new Uint8Array(bytes), download.suggestedFilename());
    if (!read.ok) throw new Error(`the downloaded roll-up does not read back: ${read.message.zh}`);
    expect(read.format).toBe("xlsx");
    const cells = read.grids.flatMap((grid) => grid.rows.flat());
    for (const school of ["宁波市海曙区广济中心小学", "宁波市第十五中学", "宁波市海曙区启文学校", "宁波市海曙区集士港镇中心小学", "宁波市鄞州区实验小学"]) {
      expect(cells).toContain(school);
    }
    await page.close();
  });

  test("no request left the page, and the policy refused nothing the page needs", () => {
    const others = browser.requests.filter((url) => url !== pageUrl && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(browser.requests).toContain(pageUrl);
    expect(others).toEqual([]);
    expect(problems).toEqual([]);
  });
});
