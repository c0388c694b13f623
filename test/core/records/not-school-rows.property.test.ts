import fc from "fast-check";
import { analyzeSheet, type CellValue } from "../../../src/core";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

const HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
const schoolRow = (i: number): CellValue[] => [i + 1, "吴兴区", `湖州市第${i + 1}中学`, 1, "人工智能教室", 10 + i, "李四", "13757290001", null];

const labelArb = fc.tuple(
  fc.constantFrom("", "吴兴区", "全区", "本页"),
  fc.constantFrom("小计", "合计", "总计", "合 计", "（合计）"),
  fc.constantFrom("", "：", ":", "：3所", "3个", "：共3个空间"),
).map(([before, word, after]) => `${before}${word}${after}`);

/** Rows with only the sums and the label filled, as a total line is: a number or nothing in the other cells. */
const totalRowArb = fc.record({
  label: labelArb,
  column: fc.integer({ min: 0, max: HEADER.length - 1 }),
  sums: fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }), { minLength: HEADER.length, maxLength: HEADER.length }),
});

test("a 小计/合计/总计 line, in any column and anywhere under the header, never becomes a record nor raises an issue", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.tuple(fc.nat(6), totalRowArb), { minLength: 1, maxLength: 3 }), (schools, totals) => {
      const rows: CellValue[][] = Array.from({ length: schools }, (_, i) => schoolRow(i));
      for (const [at, total] of totals) {
        const line: CellValue[] = total.sums.map((s, c) => (c === 1 || c === 2 ? null : s));
        line[total.column] = total.label;
        rows.splice(Math.min(at, rows.length), 0, line);
      }
      const grid = { name: "附件1", hidden: false, rows: [["新型教学空间建设计划汇总表"], HEADER, ...rows], merges: [] };
      const result = analyzeSheet(grid, { catalog: BUILT_IN_CATALOG, city: "湖州市" });
      expect(result.detection?.layoutId).toBe("huzhou-space-plan");
      expect(result.records.map((r) => r.values["学校名称"])).toEqual(Array.from({ length: schools }, (_, i) => `湖州市第${i + 1}中学`));
      expect(result.issues).toEqual([]);
      expect(result.skipped.filter((s) => s.reason === "subtotal")).toHaveLength(totals.length);
    }),
    { numRuns: 200 },
  );
});

test("the template's example row is skipped wherever its stand-ins are", () => {
  fc.assert(
    fc.property(fc.constantFrom("示例", "例：", "例", "（示例）", 1), fc.constantFrom("湖州市XX小学", "XX学校", "××中学", "湖州市第一中学"), fc.constantFrom("138XXXXXXXX", "1XXXXXXXXXX", "0572-XXXXXXX", "13757290001"), fc.nat(3), (first, name, phone, at) => {
      // Each example needs one stand-in at least: a real name and number after a bare 序号 is a school.
      fc.pre(typeof first === "string" || name !== "湖州市第一中学" || phone !== "13757290001");
      const rows: CellValue[][] = [schoolRow(0), schoolRow(1), schoolRow(2)];
      rows.splice(at, 0, [first, "吴兴区", name, 1, "人工智能教室", 50, "张三", phone, null]);
      const result = analyzeSheet({ name: "附件1", hidden: false, rows: [HEADER, ...rows], merges: [] }, { catalog: BUILT_IN_CATALOG, city: "湖州市" });
      expect(result.records).toHaveLength(3);
      expect(result.skipped).toEqual([{ row: at + 2, reason: "example" }]);
    }),
  );
});
