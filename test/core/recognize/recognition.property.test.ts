import fc from "fast-check";
import { analyzeSheet, detectLayout, type CellValue, type Grid } from "../../../src/core";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

/** A Huzhou plan sheet as a school might lay it out: columns in any order, title rows, spacing, width. */
const HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
const ROWS: CellValue[][] = [
  [1, "吴兴区", "湖州市第一中学", 2, "人工智能教室", 120, "李四", "13757290001", "人工智能"],
  [2, "南浔区", "南浔中学", 1, "数字实验室", 35.5, "陈七", "0572-2345678", null],
];
const FULL_WIDTH: Record<string, string> = { "(": "（", ")": "）", "（": "(", "）": ")" };

function spaced(text: string, mode: number): string {
  if (mode === 1) return text.split("").join(" ");
  if (mode === 2) return text.slice(0, 1) + "\n" + text.slice(1);
  if (mode === 3) return text.replace(/[()（）]/g, (c) => FULL_WIDTH[c]);
  if (mode === 4) return ` ${text}\u3000`;
  return text;
}

const sheetArb = fc.record({
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8], { minLength: 9, maxLength: 9 }),
  titles: fc.array(fc.constantFrom("新型教学空间建设计划汇总表", "附件1", "区县：吴兴区  联系人：张三  联系电话：13757293776", ""), { maxLength: 4 }),
  spacing: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 9, maxLength: 9 }),
  blankAfterHeader: fc.boolean(),
  extra: fc.boolean(),
  dropOptional: fc.boolean(),
});

interface SheetShape {
  order: number[];
  titles: string[];
  spacing: number[];
  blankAfterHeader: boolean;
  extra: boolean;
  dropOptional: boolean;
}

function build(p: SheetShape): { grid: Grid; top: number; kept: number[] } {
  const kept = p.order.filter((i) => !(p.dropOptional && (i === 0 || i === 8)));
  const header: CellValue[] = kept.map((i) => spaced(HEADER[i], p.spacing[i]));
  const data = ROWS.map((row) => kept.map((i) => row[i]));
  if (p.extra) {
    header.push("学段");
    data.forEach((row) => row.push("高中"));
  }
  const rows: CellValue[][] = [...p.titles.map((t) => [t]), header, ...(p.blankAfterHeader ? [[]] : []), ...data];
  return { grid: { name: "汇总", hidden: false, rows, merges: [] }, top: p.titles.length + 1, kept };
}

test("a plan sheet is recognised whatever its column order, title rows, spacing and bracket width", () => {
  fc.assert(
    fc.property(sheetArb, (p) => {
      const { grid, top, kept } = build(p);
      const { detection } = detectLayout(grid, { catalog: BUILT_IN_CATALOG });
      expect(detection?.layoutId).toBe("huzhou-space-plan");
      expect(detection?.headerRows).toEqual([top]);
      const schoolColumn = kept.indexOf(2) + 1;
      expect(detection?.columns.find((c) => c.field === "学校名称")?.column).toBe(schoolColumn);
      const result = analyzeSheet(grid, { catalog: BUILT_IN_CATALOG });
      expect(result.records.map((r) => r.values["学校名称"])).toEqual(["湖州市第一中学", "南浔中学"]);
      expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    }),
    { numRuns: 200 },
  );
});

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom("…", "注：", "序号", "学校名称", "区县：", "√", "☑智能环境", "等级", "A级", "试点工作负责人", "建设中", "1e999", "-0"),
);

test("analyzeSheet never throws on arbitrary cell values, merges included", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 25 }),
      fc.array(fc.record({ top: fc.nat(30), left: fc.nat(12), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 4 }),
      fc.option(fc.constantFrom("huzhou-space-plan", "taizhou-indicators", "zhangjiagang-feature-application", "huzhou-case-summary", "no-such-layout"), { nil: undefined }),
      (rows, ms, layoutId) => {
        const merges = ms.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));
        const result = analyzeSheet({ name: "S", hidden: false, rows, merges }, { catalog: BUILT_IN_CATALOG, layoutId, fileName: "x.xlsx" });
        expect(Array.isArray(result.issues)).toBe(true);
        for (const r of result.records) expect(Object.keys(r.values).length).toBeGreaterThan(0);
      },
    ),
    { numRuns: 300 },
  );
});

test("recognition survives the header's data rows being pushed down by blank rows and notes", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 20 }), (blanks) => {
      const rows: CellValue[][] = [...Array.from({ length: blanks }, () => [] as CellValue[]), HEADER, ...ROWS, ["注：学校名称与公章一致。"]];
      const result = analyzeSheet({ name: "S", hidden: false, rows, merges: [] }, { catalog: BUILT_IN_CATALOG });
      if (blanks + 1 <= 30) {
        expect(result.detection?.layoutId).toBe("huzhou-space-plan");
        expect(result.records.map((r) => r.row)).toEqual([blanks + 2, blanks + 3]);
        expect(result.skipped).toEqual([{ row: blanks + 4, reason: "note" }]);
      }
    }),
  );
});
