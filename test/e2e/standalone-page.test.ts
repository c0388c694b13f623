import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import type { Page } from "playwright-core";
import { dropFiles, outsideRequests } from "./browser";
import { engineGrades, engineRosterLists } from "./engine-expectations";
import { huzhouPlanWithFaults, ningboArchive, ningboRoster, ningboSubmissions, taizhouIndicatorFiles, unrelatedWorkbook } from "./sample-files";
import { describeServedPane } from "./served-pane";

/*
 * The standalone page (dist/index.html: the pane without Office.js, in a plain browser, no Excel)
 * driven in Debian's Chromium: the production build, served from localhost, with real school files.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");

describeServedPane("standalone-page", "the standalone page in Chromium", (pane) => {
  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  async function openPane(query = ""): Promise<Page> {
    const page = await pane.browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${pane.server.origin}/index.html${query}`);
    await page.locator('main[data-engine="ready"]').waitFor();
    expect(errors).toEqual([]);
    return page;
  }

  /** Every run keeps its screenshots in test-artifacts/; `npm run screenshots` also refreshes the README's. */
  async function screenshot(page: Page, name: string): Promise<void> {
    const file = path.join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS !== "1") return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(file, path.join(SCREENSHOTS, `${name}.png`));
  }

  const tab = (page: Page, name: string) => page.getByRole("tab", { name });

  test("opens as the standalone page, in Chinese, without in-sheet actions", async () => {
    const page = await openPane();
    await expect(page.locator("main").getAttribute("data-host")).resolves.toBe("browser");
    await expect(page.locator("h1").textContent()).resolves.toBe("智慧校园汇总助手");
    for (const name of ["校验", "汇总", "评分", "模板"]) await expect(tab(page, name).count()).resolves.toBe(1);
    await expect(page.getByText("校验当前工作表").count()).resolves.toBe(0);
    await expect(page.getByText("在表格中标记").count()).resolves.toBe(0);
    await page.close();
  });

  test("rolls up three dropped submissions: per-file statuses, the quota overrun listed first", async () => {
    const page = await openPane();
    await tab(page, "汇总").click();
    const files = [...(await ningboSubmissions()), await unrelatedWorkbook()];
    await dropFiles(page, '[data-testid="rollup-drop"]', files);

    const status = (name: string) => page.locator(`[data-testid="file-status-list"] [data-file="${name}"]`);
    await page.locator('[data-testid="rollup-ningbo-benchmark-summary"]').waitFor();
    await expect(status("海曙区_标杆学校申报.xlsx").getAttribute("data-status")).resolves.toBe("merged");
    await expect(status("海曙区_补报.xls").getAttribute("data-status")).resolves.toBe("merged");
    await expect(status("鄞州区_标杆学校申报.csv").getAttribute("data-status")).resolves.toBe("merged");
    await expect(status("会议通知.xlsx").getAttribute("data-status")).resolves.toBe("unknown-layout");
    await expect(status("会议通知.xlsx").textContent()).resolves.toContain("未识别表样");

    const overruns = page.locator('[data-testid="quota-overruns"]');
    await expect(overruns.textContent()).resolves.toMatch(/海曙区.*4.*3/);
    // Quota overruns head the issue list; the bad phone of 鄞州区 is listed after them.
    const codes = await page.locator('[data-testid="rollup-issue-list"] [data-issue-code]').evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute("data-issue-code")),
    );
    expect(codes[0]).toBe("quota-exceeded");
    expect(codes).toContain("invalid-phone");
    // No roster given: no roster box, and no roster issues.
    await expect(page.locator('[data-testid="roster-summary"]').count()).resolves.toBe(0);
    expect(codes).not.toContain("not-submitted");

    await page.close();
  });

  test("a dropped .zip is opened in the browser: its files roll up under 归档.zip › …, a Word table located by table and row", async () => {
    const page = await openPane();
    await tab(page, "汇总").click();
    await dropFiles(page, '[data-testid="rollup-drop"]', [await ningboArchive()]);
    await page.locator('[data-testid="rollup-ningbo-benchmark-summary"]').waitFor();
    const files = await page.locator('[data-testid="file-status-list"] [data-file]').evaluateAll((nodes) =>
      nodes.map((node) => [node.getAttribute("data-file"), node.getAttribute("data-status")]),
    );
    expect(files).toEqual([
      ["归档.zip › 海曙区/海曙区_标杆学校申报.xlsx", "merged"],
      ["归档.zip › 海曙区/海曙区_补报.xls", "merged"],
      ["归档.zip › 鄞州区/鄞州区_标杆学校申报.docx", "merged"],
    ]);
    const phone = page.locator('[data-testid="rollup-issue-list"] [data-issue-code="invalid-phone"]');
    await expect(phone.textContent()).resolves.toContain("归档.zip › 鄞州区/鄞州区_标杆学校申报.docx › 表格1 › 第 2 行 E 列");
    await expect(page.locator('[data-testid="quota-overruns"]').textContent()).resolves.toMatch(/海曙区.*4.*3/);
    await page.close();
  });

  test("a picked roster lists who sent nothing and who is not on it, a typo in both with the other's name", async () => {
    const page = await openPane();
    await tab(page, "汇总").click();
    const submissions = await ningboSubmissions();
    const roster = await ningboRoster();
    const expected = await engineRosterLists(submissions, roster, "ningbo-benchmark-summary");

    // The roster first, then the files; the roll-up uses it.
    await page.locator('[data-testid="roster-input"]').setInputFiles(roster);
    await expect(page.locator('[data-testid="roster-loaded"]').textContent()).resolves.toBe("标杆学校申报名单.xlsx · 申报名单 · 6 所");
    await dropFiles(page, '[data-testid="rollup-drop"]', submissions);
    const box = page.locator('[data-testid="rollup-ningbo-benchmark-summary"] [data-testid="roster-summary"]');
    await box.waitFor();

    const shown = (kind: string) =>
      box.locator(`li[data-roster="${kind}"]`).evaluateAll((nodes) => nodes.map((n) => [n.getAttribute("data-name"), n.getAttribute("data-suggestion")]));
    const lines = (list: typeof expected.notSubmitted) => list.map((line) => [line.name, line.suggestion ?? ""]);
    await expect(shown("not-submitted")).resolves.toEqual(lines(expected.notSubmitted));
    await expect(shown("not-on-roster")).resolves.toEqual(lines(expected.notOnRoster));
    // What the files were built to show: 北仑区 sent nothing; 集士港 is a typo on the roster, in both lists.
    await expect(shown("not-submitted")).resolves.toEqual(
      expect.arrayContaining([["宁波市北仑区新碶小学", ""], ["宁波市海曙区集士港中心小学", "宁波市海曙区集士港镇中心小学"]]),
    );
    await expect(shown("not-on-roster")).resolves.toEqual([["宁波市海曙区集士港镇中心小学", "宁波市海曙区集士港中心小学"]]);
    await expect(box.textContent()).resolves.toContain("是否为“宁波市海曙区集士港镇中心小学”？");
    // The roster's findings are in the box, not repeated in the row-issue list.
    const codes = await page.locator('[data-testid="rollup-issue-list"] [data-issue-code]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-issue-code")));
    expect(codes).not.toContain("not-submitted");
    expect(codes).not.toContain("not-on-roster");
    await screenshot(page, "rollup");

    // Removing the roster rolls up again without it.
    await page.getByRole("button", { name: "移除名单" }).click();
    await page.locator('[data-testid="roster-summary"]').waitFor({ state: "detached" });
    await page.locator('[data-testid="rollup-ningbo-benchmark-summary"]').waitFor();
    await page.close();
  });

  test("评分: five schools' indicator files graded as the engine grades them, charted against the city targets", async () => {
    const page = await openPane();
    await tab(page, "评分").click();
    const files = await taizhouIndicatorFiles();
    const expected = await engineGrades(files);
    await dropFiles(page, '[data-testid="grade-drop"]', files);
    await page.locator('[data-testid="grade-table"]').waitFor();

    const rows = await page.locator('[data-testid="grade-table"] tbody tr').evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute("data-school"), n.getAttribute("data-file"), n.getAttribute("data-counts"), n.getAttribute("data-grade")]),
    );
    expect(rows).toEqual(expected.rows);
    // The two schools built on the 标杆 line: exactly 60 A is 标杆, 59 A is not.
    const gradeOf = (file: string) => rows.find((row) => row[1] === file)?.[3];
    expect(gradeOf("椒江区第一小学_自评.xlsx")).toBe("标杆");
    expect(gradeOf("黄岩区实验小学_自评.xls")).toBe("良好");
    // The table shows what its attributes say.
    await expect(page.locator('[data-testid="grade-table"] tbody tr').first().locator("td").allTextContents()).resolves.toEqual(
      expect.arrayContaining([rows[0][0], ...rows[0][2]!.split(","), rows[0][3]]),
    );

    // The distribution and the targets are the engine's.
    const summary = expected.result.gradeSummary!;
    const bars = await page.locator('[data-testid="grade-chart"] g[data-grade]').evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute("data-grade"), Number(n.getAttribute("data-count"))]),
    );
    expect(Object.fromEntries(bars)).toEqual(summary.byGrade);
    const targets = await page.locator('[data-testid="grade-target-chart"] g[data-target]').evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute("data-target"), Number(n.getAttribute("data-count")), n.getAttribute("data-met")]),
    );
    expect(targets).toEqual(summary.targets.map((target) => [target.grade, target.count, String(target.met)]));
    // 标杆 needs 50 schools whatever the number rolled up.
    await expect(page.locator('[data-testid="grade-target-chart"] g[data-target="标杆"]').getAttribute("data-needed")).resolves.toBe("50");

    // The unmarked indicator of 三门县海润小学 is listed, at its row on the source sheet.
    const issues = await page.locator('[data-testid="grade-issue-list"] [data-issue-code]').evaluateAll((nodes) =>
      nodes.map((n) => [Number(n.getAttribute("data-issue-row")), n.getAttribute("data-issue-code")]),
    );
    expect(issues).toEqual(expected.result.issues.map((issue) => [issue.row, issue.code]));
    await screenshot(page, "grade");

    // The graded roll-up downloads as a workbook holding every school's grade.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="grade-output"]').click()]);
    const workbook = XLSX.read(readFileSync((await download.path())!), { type: "buffer" });
    const cells = workbook.SheetNames.flatMap((name) => XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name], { header: 1, defval: null }).flat());
    for (const [school, , , grade] of expected.rows) {
      expect(cells).toContain(school);
      expect(cells).toContain(grade);
    }
    await page.close();
  });

  test("downloads the roll-up as a real .xlsx that reads back with every school", async () => {
    const page = await openPane();
    await tab(page, "汇总").click();
    await dropFiles(page, '[data-testid="rollup-drop"]', await ningboSubmissions());
    await page.locator('[data-testid="rollup-ningbo-benchmark-summary"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="rollup-output"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    const workbook = XLSX.read(bytes, { type: "buffer" });
    const cells = workbook.SheetNames.flatMap((name) =>
      XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name], { header: 1, defval: null }).flat(),
    );
    for (const school of ["宁波市海曙区广济中心小学", "宁波市第十五中学", "宁波市海曙区启文学校", "宁波市海曙区集士港镇中心小学", "宁波市鄞州区实验小学"]) {
      expect(cells).toContain(school);
    }
    await page.close();
  });

  test("downloads a blank template of the chosen layout", async () => {
    const page = await openPane();
    await tab(page, "模板").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="template-download"]').click()]);
    expect(download.suggestedFilename()).toMatch(/模板\.xlsx$/);
    const workbook = XLSX.read(readFileSync((await download.path())!), { type: "buffer" });
    const cells = workbook.SheetNames.flatMap((name) =>
      XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name], { header: 1, defval: null }).flat(),
    );
    expect(cells).toContain("学校名称");
    await page.close();
  });

  test("validates a picked file: its layout, and its issues by row and by code", async () => {
    const page = await openPane();
    const file = await huzhouPlanWithFaults();
    await page.locator('[data-testid="validate-input"]').setInputFiles(file);
    await page.locator('[data-testid="validate-result"]').waitFor();
    await expect(page.locator('[data-testid="detected-layout"]').textContent()).resolves.toContain("新型教学空间建设计划汇总表");
    const issues = page.locator('[data-testid="issue-list"] [data-issue-code]');
    const flat = await issues.evaluateAll((nodes) => nodes.map((n) => [Number(n.getAttribute("data-issue-row")), n.getAttribute("data-issue-code")]));
    expect(flat).toEqual(expect.arrayContaining([[5, "missing-value"], [6, "invalid-phone"]]));
    await expect(page.locator('[data-testid="issue-summary"]').textContent()).resolves.toMatch(/\d+ 个错误/);
    await screenshot(page, "validate");
    await page.getByRole("tab", { name: "按问题类型" }).click();
    await expect(page.locator('[data-testid="issue-list"]').textContent()).resolves.toContain("电话号码无效");
    await page.close();
  });

  test("keyboard only: tabs by arrow keys, and the issue list by Tab and arrows", async () => {
    const page = await openPane();
    const file = await huzhouPlanWithFaults();
    await page.locator('[data-testid="validate-input"]').setInputFiles(file);
    await page.locator('[data-testid="issue-list"]').waitFor();

    // Into the tab strip: the selected tab takes focus first.
    await page.locator("body").focus();
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.getAttribute("role") === "tab")) && guard++ < 10) await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain("校验");
    await page.keyboard.press("ArrowRight");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain("汇总");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");

    // Tab on until an issue has focus, then walk the list with the arrow keys.
    guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.hasAttribute("data-issue-code"))) && guard++ < 40) await page.keyboard.press("Tab");
    const focused = () => page.evaluate(() => `${document.activeElement?.getAttribute("data-issue-row")}:${document.activeElement?.getAttribute("data-issue-code")}`);
    const first = await focused();
    await page.keyboard.press("ArrowDown");
    const second = await focused();
    expect(second).not.toBe(first);
    expect(second).toMatch(/^\d+:[a-z-]+$/);
    // The focused issue shows a visible outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    await page.keyboard.press("ArrowUp");
    await expect(focused()).resolves.toBe(first);

    // Arrow keys across the tab strip, Enter opens 模板.
    // Back (Shift+Tab) past the list's own 按行/按问题类型 tabs to the pane's tab strip.
    const onPaneTab = () =>
      page.evaluate(() => document.activeElement?.getAttribute("role") === "tab" && document.activeElement.textContent?.trim() === "校验");
    guard = 0;
    while (!(await onPaneTab()) && guard++ < 40) await page.keyboard.press("Shift+Tab");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="template-layout"]').waitFor();
    await page.close();
  });

  test("every tab renders; screenshots for the README", async () => {
    const page = await openPane();
    await screenshot(page, "validate-empty");
    await tab(page, "评分").click();
    await page.locator('[data-testid="function-list"]').waitFor();
    await tab(page, "模板").click();
    await page.locator('[data-testid="template-download"]').waitFor();
    await screenshot(page, "templates");
    await page.close();
  });

  test("speaks English when asked (?lang=en)", async () => {
    const page = await openPane("?lang=en");
    await expect(page.locator("h1").textContent()).resolves.toBe("SmartCampus roll-up");
    for (const name of ["Validate", "Roll up", "Grade", "Templates"]) await expect(tab(page, name).count()).resolves.toBe(1);
    await page.close();
  });

  test("no request left localhost", () => {
    expect(pane.browser.requests.length).toBeGreaterThan(5);
    expect(outsideRequests(pane.browser.requests)).toEqual([]);
  });
});
