import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook, columnLetter, type SheetResult } from "../../src/core";
import { readGrids } from "../support";
import type { ExpectedSheet } from "../samples/sample-spec";
import { BUILT_IN_CATALOG } from "../../src/core/layouts/built-in";

/**
 * The golden samples: every real file under test/samples/<layout>/ is read by the io module and
 * analysed; the result must match the hand-written `<name>.expected.json` beside it.
 */
const ROOT = join(__dirname, "..", "samples");
const cases: Array<{ folder: string; file: string; expected: { file: string; options?: { layoutId?: string; city?: string }; sheets: ExpectedSheet[] } }> = [];
for (const folder of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  for (const name of readdirSync(join(ROOT, folder)).filter((n) => n.endsWith(".expected.json"))) {
    const expected = JSON.parse(readFileSync(join(ROOT, folder, name), "utf8"));
    cases.push({ folder, file: expected.file, expected });
  }
}

const flat = (sheet: SheetResult) => sheet.issues.map((i) => [i.row ?? 0, i.field ?? "", i.code] as [number, string, string]);
const byRowField = (a: [number, string, string], b: [number, string, string]) => a[0] - b[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]);

test("there are golden samples for every layout", () => {
  const folders = new Set(cases.map((c) => c.folder));
  for (const id of ["huzhou-space-plan", "huzhou-space-progress", "huzhou-case-summary", "zhejiang-pilot-summary", "zhejiang-pilot-quota", "ningbo-benchmark-summary", "taizhou-indicators", "zhangjiagang-feature-application"]) {
    expect(folders).toContain(id);
  }
});

describe.each(cases)("$folder/$file", ({ folder, file, expected }) => {
  const bytes = new Uint8Array(readFileSync(join(ROOT, folder, file)));
  const result = analyzeWorkbook(file, readGrids(bytes, file), { catalog: BUILT_IN_CATALOG, fileName: file, ...expected.options });

  test("has the expected sheets", () => {
    expect(result.sheets.map((s) => s.sheet)).toEqual(expected.sheets.map((s) => s.sheet));
  });

  for (const want of expected.sheets) {
    const got = () => result.sheets.find((s) => s.sheet === want.sheet)!;

    test(`${want.sheet}: ${want.layout ?? "no layout"}`, () => {
      const sheet = got();
      expect(sheet.detection?.layoutId ?? null).toBe(want.layout);
      if (want.layout === null) expect(sheet.nearMiss === undefined || sheet.nearMiss.layoutId !== "").toBe(true);
      if (want.hidden !== undefined) expect(sheet.hidden).toBe(want.hidden);
      if (want.headerRows) expect(sheet.detection?.headerRows).toEqual(want.headerRows);
      if (want.columns) {
        const mapping = Object.fromEntries((sheet.detection?.columns ?? []).map((c) => [c.field, columnLetter(c.column)]));
        expect(mapping).toMatchObject(want.columns);
      }
      if (want.records !== undefined) expect(sheet.records).toHaveLength(want.records);
    });

    test(`${want.sheet}: issues`, () => {
      expect(flat(got()).sort(byRowField)).toEqual([...want.issues].sort(byRowField));
    });

    if (want.values) {
      test(`${want.sheet}: values`, () => {
        const sheet = got();
        for (const [row, field, value] of want.values!) {
          const record = sheet.records.find((r) => r.row === row);
          expect({ row, field, value: record?.values[field] }).toEqual({ row, field, value });
        }
      });
    }
    if (want.info) test(`${want.sheet}: info line`, () => expect(got().detection?.info).toMatchObject(want.info!));
    if (want.derived) test(`${want.sheet}: derived`, () => expect(got().derived).toMatchObject(want.derived!));
    if (want.issueCells) {
      test(`${want.sheet}: issue cells`, () => {
        const cells = got().issues.map((i) => [i.row ?? 0, i.field ?? "", i.code, i.column === undefined ? "" : columnLetter(i.column)]);
        for (const cell of want.issueCells!) expect(cells).toContainEqual(cell);
      });
    }
    if (want.skipped) test(`${want.sheet}: skipped rows`, () => expect(got().skipped.map((s) => [s.row, s.reason])).toEqual(want.skipped));
  }
});
