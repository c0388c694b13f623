import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import type { Page } from "playwright-core";
import { SEVERITY_FILL } from "../../src/core/presentation/severity-fill";
import { createPaneEngine } from "../../src/taskpane/engine/engine-impl";
import { dropFiles, outsideRequests } from "./browser";
import { huzhouPlanWithFaults, ningboSubmissions, type PageFile } from "./sample-files";
import { describeServedPane } from "./served-pane";

/*
 * Sending problems back from the standalone page (dist/index.html), in Debian's Chromium: 生成退回文件 after a
 * roll-up of three files downloads a zip whose copies open and carry the marks, each message's
 * copy button puts it on the clipboard, and the 校验 tab's 复制问题说明 copies the sheet's message.
 * What the page must show is computed in Node by the same engine, never written into the test.
 */

/** The feedback the engine makes in Node for these files rolled up in this order. */
async function engineFeedback(files: PageFile[]) {
  const engine = createPaneEngine();
  const session = engine.startRollup();
  for (const file of files) session.addFile(file.name, await engine.readFile(new Uint8Array(file.buffer), file.name));
  return engine.feedback(session.finish(), "zh-CN");
}

describeServedPane("feedback", "returned files and messages on the standalone page", (pane) => {

  async function openPane(): Promise<Page> {
    const page = await pane.browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${pane.server.origin}/index.html`);
    await page.locator('main[data-engine="ready"]').waitFor();
    expect(errors).toEqual([]);
    return page;
  }

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test("汇总: three files rolled up, 生成退回文件 downloads a zip of marked copies; each copy button copies its message", async () => {
    const files = await ningboSubmissions();
    const expected = await engineFeedback(files);
    expect(expected.items.length).toBeGreaterThanOrEqual(2);

    const page = await openPane();
    await page.getByRole("tab", { name: "汇总" }).click();
    await dropFiles(page, '[data-testid="rollup-drop"]', files);
    await page.locator('[data-testid="rollup-ningbo-benchmark-summary"]').waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="feedback-make"]').click()]);
    expect(download.suggestedFilename()).toBe("退回文件.zip");
    const entries = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(entries).sort()).toEqual([...expected.items.map((i) => i.copyName), "退回说明.txt"].sort());
    expect(strFromU8(entries["退回说明.txt"])).toBe(expected.messagesText);

    for (const item of expected.items) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(entries[item.copyName] as unknown as ArrayBuffer);
      expect(workbook.worksheets[0].name).toBe("问题说明");
      // Every problem of the file is listed on 问题说明, one row each under the title and header.
      expect(workbook.worksheets[0].rowCount).toBe(2 + item.file.issues.length);
      for (const found of item.file.issues.filter((i) => i.row !== undefined && i.column !== undefined && i.sheet !== undefined)) {
        const cell = workbook.getWorksheet(found.sheet!)!.getCell(found.row!, found.column!);
        expect({ copy: item.copyName, cell: cell.address, fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb }).toEqual({
          copy: item.copyName,
          cell: cell.address,
          fill: `FF${SEVERITY_FILL[found.severity].slice(1)}`,
        });
        expect(String(cell.note ?? "")).not.toBe("");
      }
    }

    // The messages, as the engine words them, each with a button that copies it.
    const shown = page.locator('[data-testid="feedback-messages"] li');
    await expect(shown.locator('[data-testid="feedback-message"]').allTextContents()).resolves.toEqual(expected.items.map((i) => i.message));
    for (const [n, item] of expected.items.entries()) {
      await shown.nth(n).locator('[data-testid="feedback-copy"]').click();
      await page.getByText(`已复制给“${item.file.school}”的留言。`).waitFor();
      await expect(clipboard(page)).resolves.toBe(item.message);
    }
    await page.close();
  });

  test("校验: 复制问题说明 puts the sheet's message on the clipboard", async () => {
    const file = await huzhouPlanWithFaults();
    const engine = createPaneEngine();
    const read = await engine.readFile(new Uint8Array(file.buffer), file.name);
    const expected = engine.sheetMessage(engine.analyzeSheet(read.grids[0]), file.name, "zh-CN");
    expect(expected).toMatch(/第 5 行 项目负责人：未填写/);

    const page = await openPane();
    await page.locator('[data-testid="validate-input"]').setInputFiles(file);
    await page.locator('[data-testid="validate-result"]').waitFor();
    await page.locator('[data-testid="copy-problems"]').click();
    await page.getByText("问题说明已复制到剪贴板。").waitFor();
    await expect(clipboard(page)).resolves.toBe(expected);
    await page.close();
  });

  test("no request left localhost", () => {
    expect(outsideRequests(pane.browser.requests)).toEqual([]);
  });
}, async (pane) => {
  await pane.browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: pane.server.origin });
});
