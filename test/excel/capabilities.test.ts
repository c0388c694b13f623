import { detectCapabilities, FEATURE_REQUIREMENTS, REQUIRED_SETS } from "../../src/excel/capabilities";
import { FakeWorkbook, installOffice, uninstallOffice } from "./fake-workbook";
import { readFileSync } from "node:fs";
import path from "node:path";

afterEach(uninstallOffice);

test("Microsoft 365 (ExcelApi 1.18): everything, messages as notes", async () => {
  await installOffice(new FakeWorkbook(), { excelApi: "1.18" });
  const caps = detectCapabilities();
  expect(Object.values(caps.supported).every(Boolean)).toBe(true);
  expect(caps.messageMode).toBe("note");
  expect(caps.reasons).toEqual({});
});

test("Excel 2021 (ExcelApi 1.14): comments instead of notes, with a Chinese reason naming where notes are", async () => {
  await installOffice(new FakeWorkbook(), { excelApi: "1.14" });
  const caps = detectCapabilities();
  expect(caps.messageMode).toBe("comment");
  expect(caps.reasons).toEqual({ notes: "批注不可用（需要网页版 Excel、Windows 版 2501 或更新版本、Mac 版 16.93 或更新版本），问题说明写成评论" });
});

test("the floor (ExcelApi 1.10, Windows 2002 with the shared runtime), English display: comments, sheets read unmerged", async () => {
  await installOffice(new FakeWorkbook(), { excelApi: "1.10", displayLanguage: "en-US" });
  const caps = detectCapabilities();
  expect(caps.messageMode).toBe("comment");
  expect(caps.supported).toEqual({ notes: false, mergedAreas: false });
  expect(caps.reasons.mergedAreas).toBe(
    "Reading merged cells unavailable (requires Excel on the web, Excel for Windows version 2102 or later, Excel for Mac 16.50 or later, or Excel 2021); sheets are read as unmerged",
  );
});

test("no Office host at all (the standalone page): nothing supported, no throw", () => {
  const caps = detectCapabilities("zh-CN");
  expect(Object.values(caps.supported).some(Boolean)).toBe(false);
});

test("the manifest requires exactly the floor the adapter assumes, and every feature is above it", () => {
  const manifest = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifest)?.[1] ?? "";
  const sets = Object.fromEntries([...requirements.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
  expect(sets).toEqual(REQUIRED_SETS);
  const minor = (v: string) => Number(v.split(".")[1]);
  for (const { set, version } of Object.values(FEATURE_REQUIREMENTS)) expect(minor(version)).toBeGreaterThan(minor(REQUIRED_SETS[set]));
});
