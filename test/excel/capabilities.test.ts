import { detectCapabilities } from "../../src/excel/capabilities";
import { FakeWorkbook, installOffice, uninstallOffice } from "./fake-workbook";

afterEach(uninstallOffice);

test("Microsoft 365 (ExcelApi 1.18): everything, messages as notes", async () => {
  await installOffice(new FakeWorkbook(), { excelApi: "1.18" });
  const caps = detectCapabilities();
  expect(Object.values(caps.supported).every(Boolean)).toBe(true);
  expect(caps.messageMode).toBe("note");
  expect(caps.reasons).toEqual({});
});

test("Excel 2021 (ExcelApi 1.14): comments instead of notes, with a Chinese reason", async () => {
  await installOffice(new FakeWorkbook(), { excelApi: "1.14" });
  const caps = detectCapabilities();
  expect(caps.messageMode).toBe("comment");
  expect(caps.reasons).toEqual({ notes: "批注不可用：需要 Microsoft 365 或网页版 Excel" });
});

test("Excel 2016 (ExcelApi 1.1), English display: fills only, English reasons", async () => {
  await installOffice(new FakeWorkbook(), { excelApi: "1.1", displayLanguage: "en-US" });
  const caps = detectCapabilities();
  expect(caps.messageMode).toBe("none");
  expect(caps.supported).toMatchObject({ charts: true, tables: true, dataValidation: false, cellProperties: false });
  expect(caps.reasons.comments).toBe("Comments unavailable: requires Excel 2021 or Microsoft 365");
  expect(caps.reasons.dataValidation).toBe("Drop-down lists and input prompts unavailable: requires Excel 2019 or later");
});

test("no Office host at all (the standalone page): nothing supported, no throw", () => {
  const caps = detectCapabilities("zh-CN");
  expect(Object.values(caps.supported).some(Boolean)).toBe(false);
  expect(caps.messageMode).toBe("none");
});
