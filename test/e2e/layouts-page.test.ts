import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { BUILT_IN_CATALOG } from "../../src/core";
import { parseLayoutText } from "../../src/core/layout/layout-file";
import { createPaneEngine } from "../../src/taskpane/engine/engine-impl";
import { writeXlsxExcelJS } from "../support";
import { dropFiles, outsideRequests } from "./browser";
import type { PageFile } from "./sample-files";
import { describeServedPane } from "./served-pane";

/*
 * The 版式 tab of the standalone page in Chromium: a notice the product does not know, learned from
 * its blank template, corrected, saved in the browser, and used after a reload to validate a school's
 * file. One page load and one reload.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TITLE = "湖州市中小学人工智能教育试点学校汇总表";
const HEADER = ["序号", "学校名称", "试点方向", "值班号码", "教师人数（人）", "备注"];
const DIRECTIONS = ["课程教学", "校园管理", "教研应用"];

/** The annex as a bureau publishes it: annex line, title, info line, header, a drop-down on 试点方向. */
async function blankTemplate(): Promise<PageFile> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("附件1");
  sheet.addRow(["附件1"]);
  sheet.addRow([TITLE]);
  sheet.addRow(["区县（盖章）：            联系人：            联系电话："]);
  sheet.addRow(HEADER);
  for (let row = 5; row <= 60; row++) sheet.getCell(row, 3).dataValidation = { type: "list", allowBlank: true, formulae: [`"${DIRECTIONS.join(",")}"`] };
  return { name: "附件1_人工智能教育试点学校汇总表.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}

/** 吴兴区's filled-in file; row 7's 值班号码 `12345` is not a phone number (the planted mistake). */
async function filledFile(): Promise<PageFile> {
  const bytes = await writeXlsxExcelJS([
    {
      name: "附件1",
      rows: [
        ["附件1"],
        [TITLE],
        ["区县（盖章）：吴兴区   联系人：王老师   联系电话：0572-2123456"],
        HEADER,
        [1, "湖州市吴兴区爱山小学", "课程教学", "0572-2051234", 36, null],
        [2, "湖州市吴兴区东风小学", "校园管理", "13905721234", 28, null],
        [3, "湖州市第五中学", "教研应用", "12345", 54, "值班电话待定"],
      ],
    },
  ]);
  return { name: "吴兴区_人工智能教育试点.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(bytes) };
}

describeServedPane("layouts-page", "the 版式 tab in Chromium", (pane) => {
  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  const tab = (page: Page, name: string) => page.getByRole("tab", { name });
  const ready = (page: Page) => page.locator('main[data-engine="ready"]').waitFor();

  test("learn a template, change a field's type, save, reload, validate a filled file against it, download the .layout.json", async () => {
    const page = await pane.browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${pane.server.origin}/index.html`);
    await ready(page);

    // Learn: the fields as the engine learns them from the same bytes.
    await tab(page, "版式").click();
    const template = await blankTemplate();
    await dropFiles(page, '[data-testid="learn-drop"]', [template]);
    const editor = page.locator('[data-testid="layout-editor"]');
    await editor.waitFor();
    const engine = createPaneEngine();
    const read = await engine.readTemplate(new Uint8Array(template.buffer), template.name);
    const learned = engine.learnLayout(read.grids[0], { locale: "zh-CN" });
    if (!learned.ok) throw new Error(learned.message);
    const names = await page.locator('[data-testid^="field-name-"] input, input[data-testid^="field-name-"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toEqual(learned.layout.fields.map((f) => f.name));
    const phoneIndex = learned.layout.fields.findIndex((f) => f.name === "值班号码");
    expect(learned.layout.fields[phoneIndex].type ?? "text").toBe("text");
    // The drop-down list became the allowed values of 试点方向.
    const directionIndex = learned.layout.fields.findIndex((f) => f.name === "试点方向");
    await expect(page.locator(`[data-testid="field-choices-${directionIndex}"] input, input[data-testid="field-choices-${directionIndex}"]`).inputValue()).resolves.toBe(DIRECTIONS.join("、"));
    await expect(page.locator('[data-testid="layout-notes"]').textContent()).resolves.toContain("名额");

    // Correct it: a memorable id, and 值班号码 is a phone number.
    await page.locator('input[data-testid="layout-id"], [data-testid="layout-id"] input').fill("ai-pilot-2026");
    await page.locator(`[data-testid="field-type-${phoneIndex}"]`).click();
    await page.getByRole("option", { name: "电话", exact: true }).click();
    await expect(page.locator(`[data-testid="field-type-${phoneIndex}"]`).textContent()).resolves.toContain("电话");
    // The tab with the learned fields, for the README (`npm run screenshots` refreshes it).
    await page.screenshot({ path: path.join(ARTIFACTS, "layouts.png"), fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === "1") copyFileSync(path.join(ARTIFACTS, "layouts.png"), path.join(SCREENSHOTS, "layouts.png"));
    await page.locator('[data-testid="layout-save"]').click();
    await page.getByText("已保存在本浏览器中").waitFor();

    // Reload: the layout comes back from the browser's storage and every tab knows it.
    await page.reload();
    await ready(page);
    await tab(page, "版式").click();
    await page.locator('[data-testid="saved-layouts"] li[data-layout-id="ai-pilot-2026"][data-ok="true"]').waitFor();

    // Validate a school's file: recognised as the saved layout, the planted mistake on its row and field.
    await tab(page, "校验").click();
    const filled = await filledFile();
    await dropFiles(page, '[data-testid="validate-drop"]', [filled]);
    await page.locator('[data-testid="validate-result"]').waitFor();
    await expect(page.locator('[data-testid="detected-layout"]').textContent()).resolves.toContain(TITLE);
    const shown = await page.locator('[data-testid="issue-list"] [data-issue-code]').evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute("data-issue-code"), n.getAttribute("data-issue-row"), n.getAttribute("data-issue-field")].join(" ")),
    );
    expect(shown).toContain("invalid-phone 7 值班号码");

    // Download the saved layout: a .layout.json the engine's parser reads back to the layout saved.
    await tab(page, "版式").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="saved-layouts"] li[data-layout-id="ai-pilot-2026"]').getByRole("button", { name: "下载 .layout.json" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("ai-pilot-2026.layout.json");
    const text = readFileSync(await download.path(), "utf8");
    expect(Object.keys(JSON.parse(text))[0]).toBe("$schema");
    const parsed = parseLayoutText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.layout.id).toBe("ai-pilot-2026");
    expect(parsed.layout.fields.find((f) => f.name === "值班号码")?.type).toBe("phone");
    expect(parsed.notes).toEqual(learned.notes);

    // The page's issues are the engine's for the same bytes and the downloaded layout, no more, no fewer.
    const withLayout = createPaneEngine(BUILT_IN_CATALOG, [parsed.layout]);
    const grids = (await withLayout.readFile(new Uint8Array(filled.buffer), filled.name)).grids;
    const result = withLayout.analyzeSheet(grids[0]);
    expect(result.detection?.layoutId).toBe("ai-pilot-2026");
    expect([...shown].sort()).toEqual(result.issues.map((i) => [i.code, i.row ?? "", i.field ?? ""].join(" ")).sort());

    expect(errors).toEqual([]);
    expect(outsideRequests(pane.browser.requests)).toEqual([]);
    await page.close();
  });
});
