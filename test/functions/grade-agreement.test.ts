import { shown } from "./custom-functions-stand-in";
import { grade, gradeCount } from "../../src/functions/functions";
import { createRollup } from "../../src/core/rollup/create-rollup";
import type { Grid } from "../../src/core/model/grid";
import type { Detection } from "../../src/core/model/sheet-result";
import { readWorkbook } from "../../src/io/read";
import { analyzeWorkbook } from "../../src/core/analyze";
import { writeWithSheetJS, writeXlsxExcelJS, type WriterCell } from "../support";
import { BUILT_IN_CATALOG } from "../../src/core/layouts/built-in";

/*
 * The worksheet function and the roll-up must agree: a staffer who types =SMARTCAMPUS.GRADE(E5:H74)
 * over a school's indicator sheet sees the grade the county roll-up reports for that school's file.
 * Each school's sheet is written by a real writer, read back by the real reader, rolled up by the
 * engine; the function gets the same cells as Excel would pass them (a 2-D array, blanks as "").
 */

const LEVELS = ["A", "B", "C", "D"] as const;

/** 70 levels: `a` at A, `b` at B, `c` at C, the rest at D, shuffled by a fixed step so ticks are not sorted. */
function levels(a: number, b: number, c: number): string[] {
  const sorted = [...Array(a).fill("A"), ...Array(b).fill("B"), ...Array(c).fill("C"), ...Array(70 - a - b - c).fill("D")];
  return sorted.map((_, i) => sorted[(i * 29) % 70]);
}

function tickSheet(school: string, marks: string[], tick: string): WriterCell[][] {
  return [
    ["台州市中小学智慧校园建设评价指标"],
    [`学校名称：${school}  区县：椒江区`],
    ["编号", "评价项目", "评价指标", "评价细则", "A级", "B级", "C级", "D级"],
    [null, null, null, null, "完全实现", "多数实现", "少数实现", "未实现"],
    ...marks.map((level, i) => [i + 1, "基础设施", "校园网络", `细则${i + 1}`, ...LEVELS.map((l) => (l === level ? tick : null))]),
  ];
}

function letterSheet(school: string, marks: string[]): WriterCell[][] {
  return [
    [`${school}智慧校园建设自评表`],
    [`学校名称：${school}`],
    ["编号", "评价项目", "评价指标", "评价细则", "自评等级"],
    ...marks.map((level, i) => [i + 1, "应用服务", "教学应用", `细则${i + 1}`, level]),
  ];
}

/** The cells a person selects for GRADE: the indicator rows under the header, A级–D级 or the one level column. */
function gradeRange(grid: Grid, detection: Detection): unknown[][] {
  const levelColumns = detection.columns.filter((c) => /^[A-D]级$/.test(c.field)).map((c) => c.column);
  const columns = levelColumns.length === 4 ? levelColumns : detection.columns.filter((c) => c.field === "等级").map((c) => c.column);
  const firstRow = Math.max(...detection.headerRows) + 1;
  const originRow = grid.origin?.row ?? 0;
  const originColumn = grid.origin?.column ?? 0;
  return Array.from({ length: 70 }, (_, i) =>
    columns.map((column) => grid.rows[firstRow + i - 1 - originRow]?.[column - 1 - originColumn] ?? ""),
  );
}

const schools: Array<{ name: string; marks: string[]; write: (rows: WriterCell[][]) => Promise<Uint8Array> | Uint8Array; file: string }> = [
  // Every boundary of the notice's note: 60 at a level passes it, 59 does not.
  { name: "椒江区标杆小学", marks: levels(60, 10, 0), file: "标杆.xlsx", write: (rows) => writeXlsxExcelJS([{ name: "评价", rows }]) },
  { name: "椒江区差一项小学", marks: levels(59, 11, 0), file: "差一项.xls", write: (rows) => writeWithSheetJS([{ name: "评价", rows }], "xls") },
  { name: "椒江区良好中学", marks: levels(20, 40, 10), file: "良好.xlsx", write: (rows) => writeWithSheetJS([{ name: "评价", rows }], "xlsx") },
  { name: "椒江区达标中学", marks: levels(10, 20, 30), file: "达标.xlsx", write: (rows) => writeXlsxExcelJS([{ name: "评价", rows }]) },
  { name: "椒江区未达标小学", marks: levels(10, 20, 29), file: "未达标.xls", write: (rows) => writeWithSheetJS([{ name: "评价", rows }], "xls") },
];

test.each([
  ["A–D ticks (√)", (s: (typeof schools)[number]) => tickSheet(s.name, s.marks, "√")],
  ["A–D ticks (●)", (s: (typeof schools)[number]) => tickSheet(s.name, s.marks, "●")],
  ["a 自评等级 column", (s: (typeof schools)[number]) => letterSheet(s.name, s.marks)],
])("GRADE and GRADECOUNT over a school's sheet agree with the roll-up's grade and counts: %s", async (_, sheetOf) => {
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "taizhou-indicators" });
  const fromFunction = new Map<string, unknown[]>();
  for (const school of schools) {
    const read = readWorkbook(await school.write(sheetOf(school)), school.file);
    if (!read.ok) throw new Error(`${school.file}: ${read.message.en}`);
    const file = analyzeWorkbook(school.file, read.grids, { catalog: BUILT_IN_CATALOG, fileName: school.file });
    rollup.add(file);
    const [sheet] = file.sheets;
    const range = gradeRange(read.grids[0], sheet.detection!);
    fromFunction.set(school.name, [
      shown(grade(range)),
      ...LEVELS.map((level) => shown(gradeCount(range, level))),
    ]);
  }
  const result = rollup.finish();

  expect(result.grades).toHaveLength(schools.length);
  for (const row of result.grades!) {
    // GRADECOUNT counts "at or above": A, A+B, A+B+C, all.
    expect(fromFunction.get(row.school)).toEqual([row.grade, row.A, row.A + row.B, row.A + row.B + row.C, row.A + row.B + row.C + row.D]);
  }
  expect(Object.fromEntries(result.grades!.map((g) => [g.school, g.grade]))).toEqual({
    椒江区标杆小学: "标杆",
    椒江区差一项小学: "良好",
    椒江区良好中学: "良好",
    椒江区达标中学: "达标",
    椒江区未达标小学: "未达标",
  });
});
