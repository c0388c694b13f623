import { FEATURE_REQUIREMENTS, REQUIRED_SETS } from "../../src/excel/capabilities";
import { officeApiUses, parseApiSet, uncheckedUses, type ApiUse } from "./office-api-uses";

/** A file planting uses no check covers: a comment by id (1.14), notes under the merged-cells check (1.13), `valuesAsJson` (1.16). */
const PLANTED_UNCHECKED = `
import { detectCapabilities } from "./capabilities";
export async function planted(id: string): Promise<unknown> {
  const caps = detectCapabilities();
  return Excel.run(async (context) => {
    const comment = context.workbook.comments.getItemOrNullObject(id);
    comment.load("content");
    if (caps.supported.mergedAreas) context.workbook.notes.add("'表'!A1", "x");
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
    range.load("values");
    await context.sync();
    return range.valuesAsJson;
  });
}
`;

/** The same kinds of calls behind the checks the adapter uses. */
const PLANTED_CHECKED = `
import { detectCapabilities } from "./capabilities";
export async function planted(): Promise<void> {
  const caps = detectCapabilities();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    if (caps.supported.notes) context.workbook.notes.add("'表'!A1", "x");
    const note = caps.messageMode === "note" ? context.workbook.notes.getItemOrNullObject("'表'!A2") : undefined;
    note?.load("content");
    sheet.visibility = "Hidden";
    await context.sync();
    if (!caps.supported.mergedAreas) return;
    sheet.getRange().getMergedAreasOrNullObject().load("address");
    await context.sync();
  });
}
`;

let uses: Map<string, ApiUse[]>;
beforeAll(() => {
  uses = officeApiUses({ "planted-unchecked.fixture.ts": PLANTED_UNCHECKED, "planted-checked.fixture.ts": PLANTED_CHECKED });
});

const adapterUses = () => [...uses].filter(([file]) => !file.includes(".fixture.")).flatMap(([, u]) => u);
const summary = (list: ApiUse[]) => [...new Set(list.map((u) => `${u.member} ${u.set} ${u.version}`))].sort();

test("the typings' annotations are read as written, a setter's set apart from a getter's", () => {
  expect(parseApiSet("* [Api set: ExcelApi 1.14]")).toEqual({ set: "ExcelApi", read: "1.14", write: "1.14" });
  expect(parseApiSet("* [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]")).toEqual({ set: "ExcelApi", read: "1.1", write: "1.2" });
  expect(parseApiSet("* [Api set: ExcelApi 1.1 for get, 1.8 for set]")).toEqual({ set: "ExcelApi", read: "1.1", write: "1.8" });
  expect(parseApiSet("no annotation")).toBeUndefined();
});

test("every Office.js call of src/excel above the floor (ExcelApi 1.10) is behind a check of its set", () => {
  const all = adapterUses();
  expect(all.length).toBeGreaterThan(150);
  expect(uncheckedUses(all)).toEqual([]);
});

test("what the adapter uses, with the sets the typings give: the review's calls are all at or below the floor", () => {
  const found = summary(adapterUses());
  for (const expected of [
    "Excel.ChartSeries.setXAxisValues ExcelApi 1.7",
    "Excel.WorksheetFreezePanes.freezeRows ExcelApi 1.7",
    "Excel.Worksheet.getUsedRangeOrNullObject ExcelApi 1.4",
    "Excel.Range.merge ExcelApi 1.2",
    "Excel.RangeFormat.autofitColumns ExcelApi 1.2",
    "Excel.RangeFormat.columnWidth ExcelApi 1.2",
    "Excel.RangeFormat.rowHeight ExcelApi 1.2",
    "Excel.Worksheet.visibility ExcelApi 1.2",
    "Excel.Range.setCellProperties ExcelApi 1.9",
    "Excel.Worksheet.comments ExcelApi 1.10",
    "Excel.Workbook.notes ExcelApi 1.18",
    "Excel.Range.getMergedAreasOrNullObject ExcelApi 1.13",
  ]) {
    expect(found).toContain(expected);
  }
  // The comment fetched by id (1.14) is gone: comments are found in the sheet's list.
  expect(found.filter((m) => m.startsWith("Excel.CommentCollection.getItemOrNullObject"))).toEqual([]);
  // Every set above the floor the adapter uses is one of the features the pane checks.
  const above = adapterUses().filter((u) => Number(u.version.split(".")[1]) > Number(REQUIRED_SETS[u.set].split(".")[1]));
  expect(new Set(above.map((u) => u.version))).toEqual(new Set(Object.values(FEATURE_REQUIREMENTS).map((f) => f.version)));
});

test("a planted unchecked call fails the check: a comment by id, notes behind too low a check, valuesAsJson", () => {
  const planted = uses.get("src/excel/planted-unchecked.fixture.ts")!;
  expect(summary(uncheckedUses(planted))).toEqual([
    "Excel.CommentCollection.getItemOrNullObject ExcelApi 1.14",
    "Excel.Range.valuesAsJson ExcelApi 1.16",
    "Excel.Workbook.notes ExcelApi 1.18",
  ]);
});

test("the same calls behind their checks (if, ?:, an early return) pass", () => {
  const planted = uses.get("src/excel/planted-checked.fixture.ts")!;
  expect(summary(planted)).toEqual(expect.arrayContaining(["Excel.Workbook.notes ExcelApi 1.18", "Excel.Range.getMergedAreasOrNullObject ExcelApi 1.13", "Excel.Worksheet.visibility ExcelApi 1.2"]));
  expect(uncheckedUses(planted)).toEqual([]);
});
