import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { createRollup } from "../../../src/core/rollup/create-rollup";
import { correctionRank } from "../../../src/core/rollup/correction-marker";
import type { RollupResult } from "../../../src/core/rollup/result";
import type { SubmittedFile } from "../../../src/core/rollup/submitted-file";
import { writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../../support";
import { analyzeFiles, type SentFile } from "./analyze-files";

const TITLE = ["新型教学空间建设计划汇总表"];
const HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
type Row = [school: string, space: string, budget: number, lead: string | null, phone: string];
const rows = (list: Row[]) => list.map(([school, space, budget, lead, phone], i) => [i + 1, "吴兴区", school, 1, space, budget, lead, phone, null]);

const xlsx = async (path: string, list: Row[]): Promise<SentFile> => ({ path, bytes: await writeXlsxExcelJS([{ name: "附件1", rows: [TITLE, HEADER, ...rows(list)] }]) });
const xls = (path: string, list: Row[]): SentFile => ({ path, bytes: writeWithSheetJS([{ name: "Sheet1", rows: [TITLE, HEADER, ...rows(list)] }], "xls") });
const csv = (path: string, list: Row[]): SentFile => ({ path, bytes: writeCsv([HEADER, ...rows(list)], "gbk") });

/** Rolls up real files, each with the modification time given (ISO), in the order given. */
function rollUp(sent: Array<[SentFile, string?]>, options: { keepAll?: boolean } = {}): RollupResult {
  const analysed = analyzeFiles(sent.map(([file]) => file), "湖州市", { checkDuplicates: false });
  const rollup = createRollup({ catalog: BUILT_IN_CATALOG, layoutId: "huzhou-space-plan", city: "湖州市", ...options });
  analysed.forEach((file, i) => {
    const time = sent[i][1];
    const submitted: SubmittedFile = time ? { ...file, modified: new Date(time) } : file;
    rollup.add(submitted);
  });
  const result = rollup.finish();
  expect(result.rows.read).toBe(result.rows.merged + result.rows.rejected);
  return result;
}

const merged = (r: RollupResult) => r.records.map((x) => [x.source.path, x.values["空间名称"], x.values["联系电话"]]);
const rejected = (r: RollupResult) => r.rejected.map((x) => [x.source.path, x.source.row, x.reason, x.keptRow?.path]);
const codes = (r: RollupResult, code: string) => r.issues.filter((i) => i.code === code);

const MOON = "湖州市月河小学";
const first: Row[] = [
  [MOON, "录播教室", 20, null, "1390572123"],
  [MOON, "创客空间", 30, "王芳", "13905721234"],
];
const corrected: Row[] = [
  [MOON, "录播教室", 20, "王芳", "13905721234"],
  [MOON, "创客空间", 30, "王芳", "139057212"],
  [MOON, "AI实验室", -5, "王芳", "13905721234"],
];

test("the name's correction markers: 修改 / 补报 / 更正 / 修订 count 1, v2 1, v3 2, a number after a marker that number", () => {
  expect(["月河小学.xlsx", "月河小学（修改）.xlsx", "月河小学-补报.xls", "月河小学更正版.csv", "月河小学v2.xlsx", "月河小学_V3.xlsx", "月河小学（修改2）.xlsx", "dev2/月河小学.xlsx", "月河小学2025.xlsx"].map(correctionRank)).toEqual([
    0, 1, 1, 1, 1, 2, 2, 0, 0,
  ]);
});

test("the newer file by modification time wins, whatever the names say; the older file's rows are superseded-file with both names", async () => {
  const result = rollUp([
    [await xlsx("月河小学（修改）.xlsx", first), "2025-03-25T09:00:00Z"],
    [csv("月河小学.csv", corrected), "2025-03-28T16:30:00Z"],
  ]);
  expect(merged(result)).toEqual([
    ["月河小学.csv", "录播教室", "13905721234"],
    ["月河小学.csv", "创客空间", "139057212"],
    ["月河小学.csv", "AI实验室", "13905721234"],
  ]);
  expect(rejected(result)).toEqual([
    ["月河小学（修改）.xlsx", 3, "superseded-file", "月河小学.csv"],
    ["月河小学（修改）.xlsx", 4, "superseded-file", "月河小学.csv"],
  ]);
  expect(result.rows).toEqual({ read: 5, merged: 3, rejected: 2, skipped: 0, skippedBy: {} });
  const [superseded] = codes(result, "superseded-file");
  expect(superseded).toMatchObject({
    severity: "warning",
    path: "月河小学.csv",
    row: 2,
    params: { school: MOON, file: "月河小学.csv", earlierFile: "月河小学（修改）.xlsx", count: 2 },
  });
  expect(superseded.rows).toEqual([
    { path: "月河小学（修改）.xlsx", sheet: "附件1", row: 3 },
    { path: "月河小学（修改）.xlsx", sheet: "附件1", row: 4 },
    { path: "月河小学.csv", sheet: "月河小学", row: 2 },
    { path: "月河小学.csv", sheet: "月河小学", row: 3 },
    { path: "月河小学.csv", sheet: "月河小学", row: 4 },
  ]);
  // Nothing counted twice: no duplicate of the same spaces across the two files.
  expect(codes(result, "duplicate-row")).toEqual([]);
  // The older file's issues are gone from the roll-up; the kept file's are there.
  expect(result.issues.filter((i) => i.path === "月河小学（修改）.xlsx")).toEqual([]);
});

test("what changed for the school: issues fixed, still open, and new", async () => {
  const result = rollUp([
    [await xlsx("月河小学.xlsx", first), "2025-03-25T09:00:00Z"],
    [await xlsx("月河小学（修改）.xlsx", corrected), "2025-03-28T16:30:00Z"],
  ]);
  expect(result.resubmissions).toHaveLength(1);
  const [change] = result.resubmissions!;
  const flat = (list: typeof change.fixed) => list.map((i) => [i.row, i.field, i.code, i.value ?? null]);
  expect({ school: change.school, path: change.path, earlierPath: change.earlierPath }).toEqual({ school: MOON, path: "月河小学（修改）.xlsx", earlierPath: "月河小学.xlsx" });
  // 录播教室: lead filled in and phone corrected; 创客空间's phone went wrong; a new row with a negative budget.
  expect(flat(change.fixed)).toEqual([
    [3, "项目负责人", "missing-value", null],
    [3, "联系电话", "invalid-phone", "1390572123"],
  ]);
  expect(flat(change.open)).toEqual([]);
  expect(flat(change.added)).toEqual([
    [4, "联系电话", "invalid-phone", "139057212"],
    [5, "预算金额（万元）", "invalid-number", "-5"],
  ]);
});

test("a fault left in place is still open; rows are matched by the duplicate key, not by row number", async () => {
  const result = rollUp([
    [await xlsx("月河小学.xlsx", first), "2025-03-25T09:00:00Z"],
    // Rows swapped, 创客空间 unchanged, 录播教室's phone still short.
    [xls("月河小学v2.xls", [first[1], [MOON, "录播教室", 20, "王芳", "1390572123"]]), "2025-03-26T09:00:00Z"],
  ]);
  const [change] = result.resubmissions!;
  expect(change.fixed.map((i) => i.code)).toEqual(["missing-value"]);
  expect(change.open.map((i) => [i.row, i.code])).toEqual([[4, "invalid-phone"]]);
  expect(change.added).toEqual([]);
});

test("equal times (or none): the name's marker decides — 补报 over none, v3 over 修改", async () => {
  const same = "2025-03-28T16:30:00Z";
  const byMarker = rollUp([
    [await xlsx("月河小学.xlsx", first), same],
    [xls("月河小学-补报.xls", corrected), same],
  ]);
  expect(new Set(byMarker.records.map((r) => r.source.path))).toEqual(new Set(["月河小学-补报.xls"]));
  expect(byMarker.rejected.map((r) => r.reason)).toEqual(["superseded-file", "superseded-file"]);

  const noTimes = rollUp([[await xlsx("月河小学v3.xlsx", corrected)], [csv("月河小学（修改）.csv", first)]]);
  expect(new Set(noTimes.records.map((r) => r.source.path))).toEqual(new Set(["月河小学v3.xlsx"]));
  expect(codes(noTimes, "superseded-file").map((i) => i.params)).toEqual([{ school: MOON, file: "月河小学v3.xlsx", earlierFile: "月河小学（修改）.csv", count: 2 }]);
});

test("the same school named inside two files of other names: the newer is kept", async () => {
  const result = rollUp([
    [await xlsx("新型教学空间计划表.xlsx", corrected), "2025-03-29T08:00:00Z"],
    [csv("附件1.csv", first), "2025-03-20T08:00:00Z"],
  ]);
  expect(new Set(result.records.map((r) => r.source.path))).toEqual(new Set(["新型教学空间计划表.xlsx"]));
  expect(rejected(result).map((r) => r[2])).toEqual(["superseded-file", "superseded-file"]);
});

test("nothing tells two files apart (same time, no marker): both kept and flagged duplicate-row, as before", async () => {
  const same = "2025-03-28T16:30:00Z";
  const result = rollUp([
    [await xlsx("月河小学.xlsx", first), same],
    [csv("月河小学 .csv", first), same],
  ]);
  expect(result.rows).toEqual({ read: 4, merged: 4, rejected: 0, skipped: 0, skippedBy: {} });
  expect(codes(result, "duplicate-row").map((i) => i.path)).toEqual(["月河小学 .csv", "月河小学 .csv"]);
  expect(result.resubmissions).toBeUndefined();
});

test("--keep-all: every file stays, the repeats flagged duplicate-row", async () => {
  const result = rollUp(
    [
      [await xlsx("月河小学.xlsx", first), "2025-03-25T09:00:00Z"],
      [await xlsx("月河小学（修改）.xlsx", first), "2025-03-28T16:30:00Z"],
    ],
    { keepAll: true },
  );
  expect(result.rows).toEqual({ read: 4, merged: 4, rejected: 0, skipped: 0, skippedBy: {} });
  expect(codes(result, "superseded-file")).toEqual([]);
  expect(codes(result, "duplicate-row").map((i) => [i.path, i.row])).toEqual([
    ["月河小学（修改）.xlsx", 3],
    ["月河小学（修改）.xlsx", 4],
  ]);
});

describe("across levels: a school's own file and the county file that lists it", () => {
  const county = (): Promise<SentFile> =>
    xlsx("吴兴区汇总.xlsx", [
      [MOON, "录播教室", 20, null, "1390572123"],
      ["湖州市东风小学", "AI实验室", 40, "沈杰", "13905725678"],
      ["湖州市飞英小学", "阅读空间", 12, "吴敏", "0572-2345678"],
    ]);
  const own = (name: string) => xlsx(name, [[MOON, "录播教室", 25, "王芳", "13905721234"]]);

  test("the school's newer file replaces its rows in the county file; both names in the issue", async () => {
    const result = rollUp([
      [await county(), "2025-03-25T09:00:00Z"],
      [await own("月河小学.xlsx"), "2025-03-27T09:00:00Z"],
    ]);
    expect(merged(result).filter(([, , phone]) => phone === "13905721234" || phone === "1390572123")).toEqual([["月河小学.xlsx", "录播教室", "13905721234"]]);
    expect(rejected(result)).toEqual([["吴兴区汇总.xlsx", 3, "superseded-file", "月河小学.xlsx"]]);
    expect(codes(result, "superseded-file").map((i) => i.params)).toEqual([{ school: MOON, file: "月河小学.xlsx", earlierFile: "吴兴区汇总.xlsx", count: 1 }]);
    // The county row's faults were the school's: fixed by its own file.
    expect(result.resubmissions![0].fixed.map((i) => i.code)).toEqual(["missing-value", "invalid-phone"]);
    expect(result.issues.filter((i) => i.path === "吴兴区汇总.xlsx")).toEqual([]);
    expect(result.totals?.all.budget).toBe(25 + 40 + 12);
  });

  test("marked as a correction (补报) with no times: it replaces the county's row", async () => {
    const result = rollUp([[await county()], [await own("月河小学（补报）.xlsx")]]);
    expect(rejected(result)).toEqual([["吴兴区汇总.xlsx", 3, "superseded-file", "月河小学（补报）.xlsx"]]);
  });

  test("an older school file stays covered by the county file, as before", async () => {
    const result = rollUp([
      [await county(), "2025-03-25T09:00:00Z"],
      [await own("月河小学（补报）.xlsx"), "2025-03-20T09:00:00Z"],
    ]);
    expect(rejected(result)).toEqual([["月河小学（补报）.xlsx", 3, "covered-by-rollup", "吴兴区汇总.xlsx"]]);
    expect(codes(result, "superseded-file")).toEqual([]);
  });

  test("no times and no marker: covered, as before", async () => {
    const result = rollUp([[await county()], [await own("月河小学.xlsx")]]);
    expect(rejected(result)).toEqual([["月河小学.xlsx", 3, "covered-by-rollup", "吴兴区汇总.xlsx"]]);
  });
});
