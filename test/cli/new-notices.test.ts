import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice, writeCsv, writeWithSheetJS, writeXlsxExcelJS, type WriterCell, type WriterSheet } from "../support";
import { put, runCli, tempDir } from "./run-cli";

/**
 * Three notices the product has never seen, end to end through the command line: the bureau's
 * blank template (written as a bureau would publish it), `smartcampus learn` on it alone, then
 * schools' files from several writers with planted mistakes rolled up with `--layouts` (or the
 * layout kept beside the submissions). Every planted mistake is found on its row and field,
 * nothing else is flagged, and every data row is rolled up.
 */

type Expected = [file: string, row: number, field: string, code: string];

interface ReportIssue {
  path: string | null;
  row: number | null;
  field: string | null;
  code: string;
}

function readJson(file: string) {
  return JSON.parse(readFileSync(file, "utf8"));
}

const sortIssues = (xs: Expected[]) => [...xs].sort((a, b) => a.join("|").localeCompare(b.join("|")));

function foundIssues(report: { rollups: Array<{ issues: ReportIssue[] }> }): Expected[] {
  return sortIssues(report.rollups.flatMap((r) => r.issues.map((i) => [i.path ?? "", i.row ?? 0, i.field ?? "", i.code] as Expected)));
}

// ——— Notice 1: 人工智能教育实验校申报汇总表 (温州), a two-row grouped header with merged parents. ———
const AI_TITLE = "2026年温州市中小学人工智能教育实验校申报汇总表";
const AI_TOP = ["序号", "学校名称", "学段", "申报方向", "学校负责人", null, null, "项目联系人", null, null, "开设人工智能课程班级数", "专用教室数量（间）", "预算经费（万元）", "备注"];
const AI_SUB = [null, null, null, null, "姓名", "职务", "手机", "姓名", "手机", "电子邮箱", null, null, null, null];
const AI_MERGES = ["A2:N2", "A3:N3", "E4:G4", "H4:J4", ...["A", "B", "C", "D", "K", "L", "M", "N"].map((c) => `${c}4:${c}5`)];

function aiSheet(district: string, rows: WriterCell[][]): WriterSheet {
  return {
    name: "附件2",
    rows: [["附件2"], [AI_TITLE], [`区县（盖章）：${district}        填表人：张老师        联系电话：0577-88001234`], AI_TOP, AI_SUB, ...rows],
    merges: AI_MERGES,
  };
}

// ——— Notice 2: 数字校园设备配备统计表 (湖州), drop-down lists (one literal, one on a hidden 选项 sheet). ———
const DEVICE_TITLE = "2026年湖州市数字校园设备配备统计表";
const DEVICE_HEADER = ["序号", "区县", "学校名称", "学校类型", "设备类别", "设备名称", "数量（台）", "金额（万元）", "购置日期", "是否接入校园网", "备注"];
const DEVICE_KINDS = ["交互式大屏", "计算机", "平板电脑", "录播系统", "创新实验设备"];

async function deviceTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("设备配备统计表");
  sheet.getCell("A1").value = DEVICE_TITLE;
  sheet.mergeCells("A1:K1");
  sheet.getCell("A2").value = "区县：            联系人：            联系电话：";
  sheet.mergeCells("A2:K2");
  DEVICE_HEADER.forEach((h, i) => (sheet.getCell(3, i + 1).value = h));
  const options = workbook.addWorksheet("选项", { state: "hidden" });
  options.getCell("A1").value = "设备类别";
  DEVICE_KINDS.forEach((k, i) => (options.getCell(i + 2, 1).value = k));
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add("B4:B203", { type: "list", allowBlank: true, formulae: ['"吴兴区,南浔区,德清县,长兴县,安吉县,南太湖新区,市直属学校"'] });
  validations.add("D4:D203", { type: "list", allowBlank: true, formulae: ['"小学,初中,高中,完中,九年一贯,十二年一贯,中职"'] });
  validations.add("E4:E203", { type: "list", allowBlank: true, formulae: ["选项!$A$2:$A$6"] });
  validations.add("J4:J203", { type: "list", allowBlank: true, formulae: ['"是,否"'] });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function deviceSheet(district: string, rows: WriterCell[][]): WriterSheet {
  return { name: "设备配备统计表", rows: [[DEVICE_TITLE], [`区县：${district}      联系人：钱老师      联系电话：0572-2000000`], DEVICE_HEADER, ...rows], merges: ["A1:K1", "A2:K2"] };
}

// ——— Notice 3: 教师信息素养提升培训报名汇总表 (嘉兴), an info line, a 学段 column, required columns starred. ———
const TRAINING_TITLE = "嘉兴市中小学教师信息素养提升培训报名汇总表";
const TRAINING_HEADER = ["序号", "*学校", "*教师姓名", "性别", "*学段", "任教学科", "*手机号码", "电子邮箱", "*培训日期", "备注"];

function trainingRows(district: string, rows: WriterCell[][]): WriterCell[][] {
  return [[TRAINING_TITLE], [`区（县、市）：${district}          联系人：孙老师          手机：13900009999`], TRAINING_HEADER, ...rows];
}

describe("three new notices: learned from the blank template, rolled up with --layouts", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir("new-notices"));
    // The bureaus' blank templates.
    put(dir, "通知/附件2 人工智能教育实验校申报汇总表.xlsx", await writeXlsxExcelJS([aiSheet("", [])]));
    put(dir, "通知/设备配备统计表.xlsx", await deviceTemplate());
    put(dir, "通知/培训报名汇总表.xls", writeWithSheetJS([{ name: "报名汇总", rows: trainingRows("", []), merges: ["A1:J1", "A2:J2"] }], "xls"));

    // 人工智能: ExcelJS, SheetJS .xls, LibreOffice .ods.
    put(dir, "实验校/鹿城区.xlsx", await writeXlsxExcelJS([aiSheet("鹿城区", [
      [1, "温州市实验小学", "小学", "人工智能课程", "王一", "校长", "13900000001", "李二", "13900000002", "li2@example.com", 12, 2, 50, null],
      [2, "温州市第二中学", "初中", "智能实验室", "陈三", "副校长", "1390000003", "赵四", "13900000004", "zhao4example.com", 8, 1, 30, null],
      [3, "温州市第三中学", "高中", "编程教育", "周五", "校长", "13900000005", "吴六", "13900000006", "wu6@example.com", "十", 1, 20, "已有基础"],
    ])]));
    put(dir, "实验校/瓯海区.xls", writeWithSheetJS([aiSheet("瓯海区", [
      [1, "瓯海区实验小学", "小学部", "人工智能课程", "郑七", "校长", "13900000007", "冯八", "13900000008", "feng8@example.com", 6, 1, 15, null],
      [2, "瓯海区第一中学", "大学", "智能实验室", "何九", "校长", "13900000009", "许十", "13900000010", "xu10@example.com", 10, 2, 15000, null],
      [3, null, "初中", "编程教育", "钱一", "校长", "13900000011", "孙二", "13900000012", "sun2@example.com", 4, 1, 10, null],
    ])], "xls"));
    put(dir, "实验校/龙湾区.ods", await convertWithLibreOffice(await writeXlsxExcelJS([aiSheet("龙湾区", [
      [1, "龙湾区实验小学", "九年一贯", "人工智能课程", "马三", "校长", "13900000013", "朱四", "13900000014", "zhu4@example.com", 9, 1, 25, null],
      [2, "龙湾区第二小学", "小学", "智能实验室", "胡五", "校长", null, "林六", "13900000016", "lin6@example.com", 6, 1, 12, null],
    ])]), "xlsx", "ods"));

    // 设备配备: ExcelJS (with the template's hidden 选项 sheet), SheetJS .xls, GBK CSV; the learned layout is kept beside them.
    const b1 = await writeXlsxExcelJS([
      deviceSheet("吴兴区", [
        [1, "吴兴区", "湖州市第一中学", "高中", "交互式大屏", "教室交互大屏", 30, 45.5, new Date(Date.UTC(2026, 2, 15)), "是", null],
        [2, null, "湖州市第一中学", "高中", "计算机", "学生机房电脑", 60, 36, "2026年3月20日", "是", null],
        [3, "吴兴区", "湖州市织里中学", "初级中学", "无人机", "无人机套件", 10, 8, "2026-02-30", "否", null],
      ]),
      { name: "选项", rows: [["设备类别"], ...DEVICE_KINDS.map((k) => [k])], hidden: true },
    ]);
    put(dir, "设备/吴兴区.xlsx", b1);
    put(dir, "设备/南浔区.xls", writeWithSheetJS([deviceSheet("南浔区", [
      [1, "南浔区", "南浔区实验小学", "小学", "平板电脑", "学生平板", "五十", 12, "2026-04-01", "是", null],
      [2, "南浔区", "南浔区实验小学", "小学", "平板电脑", "学生平板", 50, 12, "2026-04-01", "是", "重复填报"],
      [3, "南浔", "南浔区练市小学", "小学", "录播系统", "录播教室", 1, 120000, "2026-04-02", "可能", null],
    ])], "xls"));
    put(dir, "设备/德清县.csv", writeCsv([
      [DEVICE_TITLE], ["区县：德清县      联系人：钱老师      联系电话：0572-8000000"], DEVICE_HEADER,
      [1, "德清县", "德清县第一小学", "小学", "计算机", "教师电脑", 20, 10, "2026/3/5", "是", null],
      [2, "德清县", "德清县第一小学", "小学", "创新实验设备", null, 5, 3, "2026-03-06", "否", null],
    ], "gbk"));

    // 培训报名: LibreOffice .xls, GBK CSV, ExcelJS.
    put(dir, "培训/南湖区.xls", await convertWithLibreOffice(await writeXlsxExcelJS([{ name: "报名汇总", rows: trainingRows("南湖区", [
      [1, "嘉兴市南湖区实验小学", "张丽", "女", "小学", "信息科技", "13900000101", "zhangli@example.com", "2026-05-10", null],
      [2, "嘉兴市南湖区实验小学", "李明", "男", "小学", "数学", "139000001", null, "2026-05-10", null],
      [3, "嘉兴市南湖区实验小学", null, "女", "小学", "语文", "13900000103", null, "2026-05-11", null],
    ]), merges: ["A1:J1", "A2:J2"] }]), "xlsx", "xls"));
    put(dir, "培训/海宁市.csv", writeCsv(trainingRows("海宁市", [
      [1, "海宁市第一中学", "王芳", "女", "初中", "物理", "13900000201", "wangfang@", "2026-05-12", null],
      [2, "海宁市第一中学", "赵强", "男", "幼儿园", "科学", "13900000202", null, "5月12日", null],
    ]) as never, "gbk"));
    put(dir, "培训/桐乡市.xlsx", await writeXlsxExcelJS([{ name: "报名汇总", rows: trainingRows("桐乡市", [
      [1, "桐乡市高级中学", "孙丽", "女", "高中", "英语", "0573-88889999", null, null, null],
    ]) }]));
  }, 120_000);
  afterAll(() => cleanup());

  test("人工智能教育实验校 (two-row grouped header): learned, then every planted mistake found, nothing else, no row lost", () => {
    const learn = runCli(["learn", "通知/附件2 人工智能教育实验校申报汇总表.xlsx", "--id", "wenzhou-ai-pilot-school", "--out", "版式/实验校.layout.json"], dir);
    expect(learn.stderr).toBe("");
    expect(learn.code).toBe(0);
    expect(learn.stdout).toMatch(/E\s+学校负责人\/姓名\s+学校负责人\/姓名\s+text\s+是/);
    expect(learn.stdout).toMatch(/G\s+学校负责人\/手机\s+学校负责人\/手机\s+phone/);
    expect(learn.stdout).toMatch(/J\s+项目联系人\/电子邮箱\s+项目联系人\/电子邮箱\s+email/);
    expect(learn.stdout).toMatch(/C\s+学段\s+学段\s+choice/);
    expect(learn.stdout).toMatch(/K\s+开设人工智能课程班级数\s+开设人工智能课程班级数\s+integer/);
    expect(learn.stdout).toMatch(/M\s+预算经费（万元）\s+预算经费（万元）\s+number/);
    expect(learn.stdout).toMatch(/N\s+备注\s+备注\s+text\s+否/);
    const layout = readJson(path.join(dir, "版式/实验校.layout.json"));
    expect(layout).toMatchObject({ $schema: "./layout.schema.json", id: "wenzhou-ai-pilot-school", title: AI_TITLE, city: "温州市", groups: [{ name: "学校负责人" }, { name: "项目联系人" }], school: { field: "学校名称" }, scope: { field: "区县", infoKey: "区县" } });

    const r = runCli(["rollup", "实验校", "--layouts", "版式/实验校.layout.json", "--out", "out/实验校.xlsx", "--report", "out/实验校.json"], dir);
    expect(r.stderr).toBe("");
    // Written, with the planted error-level mistakes found: exit 1.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("已载入用户版式：wenzhou-ai-pilot-school (版式/实验校.layout.json)");
    const report = readJson(path.join(dir, "out/实验校.json"));
    expect(report.rollups.map((x: { layout: string }) => x.layout)).toEqual(["wenzhou-ai-pilot-school"]);
    expect(report.rollups[0].rows).toMatchObject({ read: 8, merged: 8, rejected: 0 });
    expect(foundIssues(report)).toEqual(sortIssues([
      ["实验校/鹿城区.xlsx", 7, "学校负责人/手机", "invalid-phone"],
      ["实验校/鹿城区.xlsx", 7, "项目联系人/电子邮箱", "invalid-email"],
      ["实验校/鹿城区.xlsx", 8, "开设人工智能课程班级数", "invalid-number"],
      ["实验校/瓯海区.xls", 6, "学段", "normalized-value"],
      ["实验校/瓯海区.xls", 7, "学段", "invalid-choice"],
      ["实验校/瓯海区.xls", 7, "预算经费（万元）", "suspicious-value"],
      ["实验校/瓯海区.xls", 8, "学校名称", "missing-value"],
      ["实验校/龙湾区.ods", 7, "学校负责人/手机", "missing-value"],
    ]));
  });

  test("数字校园设备配备 (drop-down lists): choices from the template's lists, the layout kept beside the submissions", () => {
    const learn = runCli(["learn", "通知/设备配备统计表.xlsx", "--id", "huzhou-digital-devices", "--out", "设备/设备配备.layout.json"], dir);
    expect(learn.code).toBe(0);
    expect(learn.stdout).toMatch(/E\s+设备类别\s+设备类别\s+choice \(交互式大屏\/计算机\/平板电脑\/录播系统\/创新实验设备\)/);
    expect(learn.stdout).toMatch(/J\s+是否接入校园网\s+是否接入校园网\s+choice \(是\/否\)/);
    expect(learn.stdout).toMatch(/D\s+学校类型\s+学校类型\s+choice/);
    expect(learn.stdout).toMatch(/I\s+购置日期\s+购置日期\s+date/);
    expect(learn.stdout).toMatch(/所属设区市取为 湖州市（区县下拉列表的取值）/);
    const layout = readJson(path.join(dir, "设备/设备配备.layout.json"));
    expect(layout).toMatchObject({ city: "湖州市", duplicateKey: ["学校名称", "设备名称"] });

    const r = runCli(["rollup", "设备", "--out", "out/设备.xlsx", "--report", "out/设备.json"], dir);
    expect(r.stderr).toBe("");
    // Written, with the planted error-level mistakes found: exit 1.
    expect(r.code).toBe(1);
    const report = readJson(path.join(dir, "out/设备.json"));
    const files = new Map(report.files.map((f: { path: string; sheet: string | null; status: string; rows: number; reason?: string }) => [`${f.path}|${f.sheet ?? ""}`, f]));
    expect(files.get("设备/设备配备.layout.json|")).toMatchObject({ status: "skipped", reason: expect.stringMatching(/版式文件/) });
    expect(files.get("设备/吴兴区.xlsx|设备配备统计表")).toMatchObject({ status: "merged", rows: 3 });
    expect(report.rollups.map((x: { layout: string }) => x.layout)).toEqual(["huzhou-digital-devices"]);
    expect(report.rollups[0].rows).toMatchObject({ read: 8, merged: 8, rejected: 0 });
    expect(foundIssues(report)).toEqual(sortIssues([
      ["设备/吴兴区.xlsx", 6, "学校类型", "normalized-value"],
      ["设备/吴兴区.xlsx", 6, "设备类别", "invalid-choice"],
      ["设备/吴兴区.xlsx", 6, "购置日期", "invalid-date"],
      ["设备/南浔区.xls", 4, "数量（台）", "invalid-number"],
      ["设备/南浔区.xls", 5, "学校名称", "duplicate-row"],
      ["设备/南浔区.xls", 6, "区县", "normalized-value"],
      ["设备/南浔区.xls", 6, "金额（万元）", "suspicious-value"],
      ["设备/南浔区.xls", 6, "是否接入校园网", "invalid-choice"],
      ["设备/德清县.csv", 5, "设备名称", "missing-value"],
    ]));
  });

  test("教师信息素养培训报名 (info line, 学段, starred columns): only the starred columns required, the district from the info line", () => {
    const learn = runCli(["learn", "通知/培训报名汇总表.xls", "--id", "jiaxing-teacher-training", "--out", "版式/培训.layout.json", "--lang", "en-US"], dir);
    expect(learn.code).toBe(0);
    expect(learn.stdout).toMatch(/D\s+性别\s+性别\s+text\s+no/);
    expect(learn.stdout).toMatch(/C\s+\*?教师姓名\s+教师姓名\s+text\s+yes/);
    expect(learn.stdout).toMatch(/E\s+\*?学段\s+学段\s+choice .*yes/);
    expect(learn.stdout).toMatch(/H\s+电子邮箱\s+电子邮箱\s+email\s+no/);
    expect(learn.stdout).toContain("the template marks required columns with * or （必填）");
    const layout = readJson(path.join(dir, "版式/培训.layout.json"));
    expect(layout).toMatchObject({ city: "嘉兴市", school: { field: "学校" }, duplicateKey: ["学校", "教师姓名"], scope: { field: "区县", infoKey: "区县" } });
    expect(layout.fields.find((f: { name: string }) => f.name === "区县")).toMatchObject({ type: "district", fromInfo: "区县" });

    const r = runCli(["rollup", "培训", "--layouts", "版式", "--out", "out/培训.xlsx", "--report", "out/培训.json"], dir);
    expect(r.stderr).toBe("");
    // Written, with the planted error-level mistakes found: exit 1.
    expect(r.code).toBe(1);
    const report = readJson(path.join(dir, "out/培训.json"));
    expect(report.rollups.map((x: { layout: string }) => x.layout)).toEqual(["jiaxing-teacher-training"]);
    expect(report.rollups[0].rows).toMatchObject({ read: 6, merged: 6, rejected: 0 });
    expect(foundIssues(report)).toEqual(sortIssues([
      ["培训/南湖区.xls", 5, "手机号码", "invalid-phone"],
      ["培训/南湖区.xls", 6, "教师姓名", "missing-value"],
      ["培训/海宁市.csv", 4, "电子邮箱", "invalid-email"],
      ["培训/海宁市.csv", 5, "学段", "invalid-choice"],
      ["培训/海宁市.csv", 5, "培训日期", "invalid-date"],
      ["培训/桐乡市.xlsx", 4, "培训日期", "missing-value"],
    ]));
  });
});
