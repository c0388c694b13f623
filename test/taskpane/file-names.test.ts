import { isAcceptedFileName } from "../../src/taskpane/files/accepted-files";
import { safeFileName } from "../../src/taskpane/files/safe-file-name";

test.each([
  ["学校.xlsx", true],
  ["学校.XLS", true],
  ["汇总.csv", true],
  ["汇总.ods", true],
  ["申报表.docx", true],
  ["归档.zip", true],
  ["说明.txt", false],
  ["xlsx", false],
])("%p accepted: %p", (name, accepted) => {
  expect(isAcceptedFileName(name)).toBe(accepted);
});

test("characters a file system refuses become underscores", () => {
  expect(safeFileName('新型教学空间/建设:计划*汇总?.xlsx')).toBe("新型教学空间_建设_计划_汇总_.xlsx");
  expect(safeFileName("  ")).toBe("smartcampus.xlsx");
});
