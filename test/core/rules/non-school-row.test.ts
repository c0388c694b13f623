import { nonSchoolRow } from "../../../src/core/rules/non-school-row";
import { normalizeText } from "../../../src/core/normalize/text";

const row = (...cells: Array<string | number | null>) => cells.map((c) => normalizeText(c));

describe("total lines", () => {
  test.each([
    [["合计", null, null, 5, null, 285.5]],
    [["合计：", null, 5]],
    [["合计：3所", null, 5]],
    [[null, "小计", null, 3]],
    [[null, null, "总 计", 3]],
    [[null, "吴兴区小计", null, 3]],
    [[null, null, "全区合计", 3]],
    [["", "", "合计3个"]],
    [["（合计）", 1]],
    [["ＴＯＴＡＬ", "合计："]],
  ])("%j is a subtotal", (cells) => expect(nonSchoolRow(row(...cells))).toBe("subtotal"));
});

describe("example rows", () => {
  test.each([
    [["示例", "吴兴区", "湖州市XX小学", 1, "人工智能教室", 50, "张三", "138XXXXXXXX"]],
    [["例：", "吴兴区", "XX学校"]],
    [["例", "吴兴区", "某校"]],
    [["（示例）", "湖州市第一中学"]],
    [[1, "吴兴区", "××学校", 2]],
    [[1, "吴兴区", "湖州市第一中学", 2, "教室", 10, "李四", "0572-XXXXXXX"]],
    [[null, "填写示例：湖州市第一中学"]],
  ])("%j is an example", (cells) => expect(nonSchoolRow(row(...cells))).toBe("example"));
});

describe("instruction rows", () => {
  test.each([
    [["填写说明：1.学校名称填写全称；2.联系电话填写手机号码"]],
    [[null, "填表说明", "每个空间一行"]],
    [["说明：同一学校多个空间的请重复书写学校名称"]],
    [[null, null, "（填写全称）", "（填写数字）", null, "（填写万元数）"]],
    [[null, "请填写区县", "请填写学校全称", "选填"]],
  ])("%j is an instruction", (cells) => expect(nonSchoolRow(row(...cells))).toBe("instruction"));
});

describe("sign-off lines", () => {
  test.each([
    [[null, null, null, null, null, "填表人：", null, "审核人："]],
    [["填表人：张三", null, "联系电话：13757290001", "日期：2025年4月1日"]],
    [[null, "单位负责人（签字）：", null, "填报人：李四"]],
    [["审核人:", "王五"].slice(0, 1)],
  ])("%j is a sign-off line", (cells) => expect(nonSchoolRow(row(...cells))).toBe("signature"));

  test.each([
    // A contact column's value is not a sign-off unless the whole row is sign-off labels.
    [[1, "吴兴区", "湖州市第一中学", "填表人：张三"]],
    // Labels without a signer are not a sign-off line (an info line's words).
    [["联系电话：13757290001", "日期：2025-04-01"]],
  ])("%j is not", (cells) => expect(nonSchoolRow(row(...cells))).toBeUndefined());
});

describe("school rows stay rows", () => {
  test.each([
    [[1, "吴兴区", "湖州市第一中学", 2, "人工智能教室", 120, "李四", "13757290001", "人工智能"]],
    [[2, "吴兴区", "湖州市合计路小学"]],
    [[3, "吴兴区", "湖州市第一中学", 1, "数字实验室", 35.5, "李四", "0572-2345678 x123", "例如用于物理课"]],
    [[4, "吴兴区", "湖州市第一中学", 1, "阅读空间", 10, "王五", "13757290001", "说明：与图书馆合建"]],
    [[5, "吴兴区", "湖州市第一中学", 1, "智慧教室", 10, "王五", "13757290001", "请专家指导"]],
    [["湖州市凤凰路小学", "小学"]],
    [["1", "A级", "x"]],
  ])("%j is a school row", (cells) => expect(nonSchoolRow(row(...cells))).toBeUndefined());
});

test("only the given columns are looked at", () => {
  expect(nonSchoolRow(row("合计", "湖州市第一中学"), [1])).toBeUndefined();
  expect(nonSchoolRow(row("湖州市第一中学", "合计"), [1])).toBe("subtotal");
});
