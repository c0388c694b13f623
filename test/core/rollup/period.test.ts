import { baseName, parsePeriod, periodOf } from "../../../src/core/rollup/period";

test("a monthly report's period from the ways titles and file names write it", () => {
  expect(
    ["新型教学空间建设进展情况月报表（2025年6月）", "2025 年 06 月份", "２０２５年１２月", "吴兴区月报2025.6.xlsx", "月报_2025-07.csv", "吴兴区202508.xls", "月报表", "2025年13月", "编号20251301"].map(parsePeriod),
  ).toEqual(["2025-06", "2025-06", "2025-12", "2025-06", "2025-07", "2025-08", undefined, undefined, undefined]);
});

test("the caller's period wins over the title, the title over the file name", () => {
  expect(periodOf("吴兴区/月报202505.xlsx", "月报表（2025年6月）")).toBe("2025-06");
  expect(periodOf("吴兴区/月报202505.xlsx", "月报表")).toBe("2025-05");
  expect(periodOf("吴兴区/月报202505.xlsx", "月报表（2025年6月）", { "月报202505.xlsx": "2025年7月" })).toBe("2025-07");
  expect(periodOf("吴兴区/月报202505.xlsx", undefined, { "吴兴区/月报202505.xlsx": "2025-04" })).toBe("2025-04");
});

test("a file inside an archive is named by its own name: the period from `归档.zip › 2025年6月.xlsx`", () => {
  expect(baseName("归档.zip › 2025年6月.xlsx")).toBe("2025年6月.xlsx");
  expect(baseName("报送/归档.zip › 吴兴区/月报.xlsx")).toBe("月报.xlsx");
  expect(periodOf("2025年5月.zip › 月报.xlsx", undefined)).toBeUndefined();
  expect(periodOf("归档.zip › 2025年6月.xlsx", undefined)).toBe("2025-06");
});
