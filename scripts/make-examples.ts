/**
 * Writes `examples/`: one county's (湖州市 吴兴区) submissions of 附件1 新型教学空间建设计划汇总表
 * (layout `huzhou-space-plan`), as schools really send them — several formats and writers, the
 * usual deviations and a few real mistakes — plus two monthly 附件2 progress reports and a roster.
 *
 * Deterministic: fixed data, fixed zip timestamps and document dates, so the committed files only
 * change when this script does. The LibreOffice-converted file is made only when `soffice` is
 * installed; otherwise the committed one is kept.
 *
 *   tsx scripts/make-examples.ts            # writes what is missing
 *   tsx scripts/make-examples.ts --force    # rewrites everything
 *
 * The files are written by the fixture writers of `test/support/`, the ones the tests and the
 * benchmarks use.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { WriterSheet } from "../test/support/cell";
import { COUNTY_DOCUMENT, withFixedTimes } from "../test/support/fixed-document";
import { PLAN_HEADER, PLAN_TITLE, PROGRESS_HEADER, PROGRESS_TITLE } from "../test/support/huzhou-space-templates";
import { convertWithLibreOffice, LibreOfficeMissingError } from "../test/support/libreoffice";
import { reorderColumns } from "../test/support/reorder-columns";
import { writeCsv } from "../test/support/write-csv";
import { writeWithSheetJS } from "../test/support/write-with-sheetjs";
import { writeXlsxExcelJS } from "../test/support/write-xlsx-exceljs";

type Cell = string | number | null;

/** Every file is the county bureau's, dated the day the notice went out, so the bytes do not change between runs. */
const EXCELJS = { fixed: COUNTY_DOCUMENT, columnWidth: 16 };
const SHEETJS = { fixed: COUNTY_DOCUMENT };

// ---------------------------------------------------------------------------------------------
// The domain: 附件1 rows as schools write them
// ---------------------------------------------------------------------------------------------

const NOTE = "注：学校名称与公章一致。同一学校多个空间的请重复书写学校名称。";

export interface Space {
  name: string;
  count: number | string;
  budget: number | string;
  lead: string | null;
  phone: string;
  use: string;
}

export interface School {
  name: string;
  district: string;
  contact: string;
  contactPhone: string;
  spaces: Space[];
}

export function infoLine(school: School, withDistrict = true): string {
  return `区县：${withDistrict ? school.district : ""}        联系人：${school.contact}        联系电话：${school.contactPhone}`;
}

/** The data rows of a school in the template's column order. */
export function planRows(school: School, districtCell: (i: number) => string | null = () => school.district): Cell[][] {
  return school.spaces.map((s, i) => [i + 1, districtCell(i), school.name, s.count, s.name, s.budget, s.lead, s.phone, s.use]);
}

function letter(column: number): string {
  return String.fromCharCode(64 + column);
}

/** Title row, info line, header, data: the template as issued, filled in. */
export function templateSheet(school: School, header = PLAN_HEADER, data = planRows(school), extra: Cell[][] = []): WriterSheet {
  const last = letter(header.length);
  return {
    name: "Sheet1",
    rows: [[PLAN_TITLE], [infoLine(school)], header, ...data, ...extra],
    merges: [`A1:${last}1`, `A2:${last}2`],
  };
}

const WUXING = "吴兴区";

export const SCHOOLS: School[] = [
  {
    name: "湖州市第一中学",
    district: WUXING,
    contact: "王建国",
    contactPhone: "0572-2021101",
    spaces: [
      { name: "人工智能学习空间", count: 1, budget: 85, lead: "王建国", phone: "13857201234", use: "人工智能课程与社团" },
      { name: "数字化物理实验室", count: 1, budget: 120, lead: "陈晓东", phone: "13957203456", use: "物理分组实验" },
    ],
  },
  {
    name: "吴兴区织里镇中学",
    district: WUXING,
    contact: "沈丽",
    contactPhone: "0572-3121188",
    spaces: [
      { name: "智慧阅读空间", count: 1, budget: 45, lead: "沈丽", phone: "0572-3121188", use: "整本书阅读" },
      { name: "数字化地理教室", count: 1, budget: 60, lead: "钱伟", phone: "13587231122", use: "地理学科教学" },
      { name: "创客空间", count: 1, budget: 38.5, lead: "钱伟", phone: "13587231122", use: "劳动与科创" },
    ],
  },
  {
    name: "湖州市爱山小学",
    district: WUXING,
    contact: "徐敏",
    contactPhone: "13735122233",
    spaces: [
      { name: "AI互动学科教室", count: 1, budget: 56, lead: "徐敏", phone: "13735122233", use: "数学、科学" },
      { name: "数字音乐教室", count: 1, budget: 32, lead: "周琳", phone: "15857209988", use: "音乐课堂与社团" },
    ],
  },
  {
    name: "湖州市凤凰小学",
    district: WUXING,
    contact: "吴海燕",
    contactPhone: "0572-2660321",
    spaces: [{ name: "科学探究实验室", count: 1, budget: 48, lead: "吴海燕", phone: "0572 2660321", use: "科学探究" }],
  },
  {
    name: "湖州市月河小学",
    district: WUXING,
    contact: "姚晨",
    contactPhone: "18857205566",
    spaces: [
      // A digit short: the bad phone of the set.
      { name: "智慧书法教室", count: 1, budget: 26, lead: "姚晨", phone: "1885720556", use: "书法教学" },
      { name: "心理健康数字空间", count: 1, budget: 18, lead: "陆佳", phone: "13616721234", use: "心理辅导" },
    ],
  },
  {
    name: "湖州师范学院附属小学",
    district: WUXING,
    contact: "孙悦",
    contactPhone: "0572-2398870",
    spaces: [
      { name: "数字实验室", count: 1, budget: 66, lead: "孙悦", phone: "13905726677", use: "科学与信息科技" },
      // 项目负责人 left empty: the missing value of the set.
      { name: "未来教室", count: 1, budget: 90, lead: null, phone: "13905726677", use: "跨学科项目化学习" },
    ],
  },
  {
    name: "吴兴区八里店中学",
    district: WUXING,
    contact: "蒋涛",
    contactPhone: "13819201234",
    // 350000 typed in 元 instead of 35 万元: suspicious.
    spaces: [{ name: "人工智能实验室", count: 1, budget: 350000, lead: "蒋涛", phone: "13819201234", use: "人工智能课程" }],
  },
  {
    name: "湖州市东风小学",
    district: WUXING,
    contact: "邱红",
    contactPhone: "0572-2087765",
    spaces: [
      { name: "录播教室", count: 1, budget: 40, lead: "邱红", phone: "13757291111", use: "课堂录播与教研" },
      { name: "阅读空间", count: 1, budget: 22, lead: "邱红", phone: "13757291111", use: "阅读推广" },
      // The same space entered twice.
      { name: "录播教室", count: 1, budget: 40, lead: "邱红", phone: "13757291111", use: "课堂录播与教研" },
    ],
  },
  {
    name: "湖州市仁皇山小学",
    district: WUXING,
    contact: "金晓",
    contactPhone: "15167221000",
    spaces: [
      // Numbers as text, with units and full-width digits.
      { name: "数字美术教室", count: "１", budget: "12.5万元", lead: "金晓", phone: "15167221000", use: "美术创作" },
      { name: "劳动教育数字空间", count: "1", budget: "28", lead: "方圆", phone: "0572-2556677", use: "劳动教育" },
    ],
  },
  {
    name: "湖州市飞英小学",
    district: WUXING,
    contact: "褚明",
    contactPhone: "13857299900",
    spaces: [{ name: "数字化科学教室", count: 1, budget: 52, lead: "褚明", phone: "13857299900", use: "" }],
  },
  {
    name: "吴兴区东林镇中心学校",
    district: WUXING,
    contact: "杨帆",
    contactPhone: "13967298877",
    spaces: [
      { name: "智慧体育空间", count: 1, budget: 75, lead: "杨帆", phone: "13967298877", use: "体质监测与体育教学" },
      { name: "综合实践活动室", count: 1, budget: 30, lead: "杨帆", phone: "13967298877", use: "综合实践" },
    ],
  },
  {
    // A typo in its own name: the roster says 湖州市潘公桥小学.
    name: "湖州市潘公侨小学",
    district: WUXING,
    contact: "施琴",
    contactPhone: "13511229090",
    spaces: [
      { name: "数字化学科教室", count: 3, budget: 96, lead: "施琴", phone: "13511229090", use: "语文、数学、英语学科教学" },
      { name: "VR安全教育体验室", count: 1, budget: 35, lead: "施琴", phone: "13511229090", use: "安全教育" },
      { name: "智慧图书馆", count: 1, budget: 42, lead: "潘军", phone: "0572-2191234", use: "阅读与借阅" },
      { name: "编程教室", count: 1, budget: 28, lead: "潘军", phone: "0572-2191234", use: "信息科技" },
    ],
  },
];

export const ROSTER: Array<[string, string, string]> = [
  ["湖州市第一中学", WUXING, "高中"],
  ["吴兴区织里镇中学", WUXING, "初中"],
  ["湖州市爱山小学", WUXING, "小学"],
  ["湖州市凤凰小学", WUXING, "小学"],
  ["湖州市月河小学", WUXING, "小学"],
  ["湖州师范学院附属小学", WUXING, "小学"],
  ["吴兴区八里店中学", WUXING, "初中"],
  ["湖州市东风小学", WUXING, "小学"],
  ["湖州市仁皇山小学", WUXING, "小学"],
  ["湖州市飞英小学", WUXING, "小学"],
  ["吴兴区东林镇中心学校", WUXING, "九年一贯"],
  ["湖州市潘公桥小学", WUXING, "小学"],
  // On the roster, sent nothing.
  ["湖州市环渚学校", WUXING, "九年一贯"],
];

function school(name: string): School {
  const found = SCHOOLS.find((s) => s.name === name);
  if (!found) throw new Error(`no example school ${name}`);
  return found;
}

interface ExampleFile {
  /** Path under examples/. */
  name: string;
  make: () => Uint8Array | Promise<Uint8Array>;
}

const TEMPLATE_PLACEHOLDER: Cell[] = ["…", null, null, null, null, null, null, null, null];

function exampleFiles(): ExampleFile[] {
  const files: ExampleFile[] = [];

  // Clean: the template as issued, filled in.
  files.push({ name: "湖州市第一中学.xlsx", make: () => writeXlsxExcelJS([templateSheet(school("湖州市第一中学"))], EXCELJS) });

  // Spaced and broken header text, full-width brackets, 区县 merged down over the school's rows.
  files.push({
    name: "吴兴区织里镇中学.xlsx",
    make: () => {
      const s = school("吴兴区织里镇中学");
      const header = ["序\n号", "区  县", "学 校 名 称", "拟建空间\n数量（个）", "空间名称", "预算金额\n（万元）", "项目\n负责人", "联系电话", "备注（应用方向）"];
      const data = planRows(s, (i) => (i === 0 ? s.district : null));
      const sheet = templateSheet(s, header, data);
      sheet.merges = [...(sheet.merges ?? []), `B4:B${3 + data.length}`];
      return writeXlsxExcelJS([sheet], EXCELJS);
    },
  });

  // Old Excel / WPS .xls, half-width brackets, columns in another order.
  files.push({
    name: "湖州市爱山小学.xls",
    make: () => {
      const s = school("湖州市爱山小学");
      const half = PLAN_HEADER.map((h) => h.replace("（", "(").replace("）", ")"));
      const order = ["序号", "学校名称", "区县", "空间名称", "拟建空间数量(个)", "预算金额(万元)", "项目负责人", "联系电话", "备注(应用方向)"];
      const moved = reorderColumns(half, planRows(s), order);
      return writeWithSheetJS([templateSheet(s, moved.header, moved.rows)], "xls", SHEETJS);
    },
  });

  // GBK CSV saved from Excel, with a column the school added.
  files.push({
    name: "湖州市凤凰小学.csv",
    make: () => {
      const s = school("湖州市凤凰小学");
      const header = [...PLAN_HEADER.slice(0, 5), "建设地点", ...PLAN_HEADER.slice(5)];
      const data = planRows(s).map((r) => [...r.slice(0, 5), "综合楼三楼", ...r.slice(5)]);
      return writeCsv([[PLAN_TITLE], [infoLine(s)], header, ...data], "gbk");
    },
  });

  // Blank template rows left in, a `…` row and the notice's `注：` row; one bad phone.
  files.push({
    name: "湖州市月河小学.xlsx",
    make: () => {
      const s = school("湖州市月河小学");
      const blank: Cell[][] = [[3], [4]];
      return writeXlsxExcelJS([templateSheet(s, PLAN_HEADER, planRows(s), [...blank, TEMPLATE_PLACEHOLDER, [NOTE]])], EXCELJS);
    },
  });

  // The data on the second sheet, after an instructions sheet; one missing 项目负责人.
  files.push({
    name: "湖州师范学院附属小学.xlsx",
    make: () => {
      const s = school("湖州师范学院附属小学");
      const guide: WriterSheet = { name: "填表说明", rows: [["填表说明"], ["1. 每个空间填写一行。"], ["2. 预算金额单位为万元。"]] };
      return writeXlsxExcelJS([guide, { ...templateSheet(s), name: "附件1" }], EXCELJS);
    },
  });

  // Converted by LibreOffice (a school working in LibreOffice / WPS saves .ods); budget typed in 元.
  files.push({
    name: "吴兴区八里店中学.ods",
    make: async () => withFixedTimes(await convertWithLibreOffice(await writeXlsxExcelJS([templateSheet(school("吴兴区八里店中学"))], EXCELJS), "xlsx", "ods"), COUNTY_DOCUMENT.date),
  });

  // .xls with the same space entered twice.
  files.push({ name: "湖州市东风小学.xls", make: () => writeWithSheetJS([templateSheet(school("湖州市东风小学"))], "xls", SHEETJS) });

  // UTF-8 CSV (with BOM), numbers typed as text with units and full-width digits, no title.
  files.push({
    name: "湖州市仁皇山小学.csv",
    make: () => {
      const s = school("湖州市仁皇山小学");
      return writeCsv([[infoLine(s)], PLAN_HEADER, ...planRows(s)], "utf-8-bom");
    },
  });

  // .xlsx by SheetJS with the optional 备注 column left out.
  files.push({
    name: "湖州市飞英小学.xlsx",
    make: () => {
      const s = school("湖州市飞英小学");
      return writeWithSheetJS([templateSheet(s, PLAN_HEADER.slice(0, 8), planRows(s).map((r) => r.slice(0, 8)))], "xlsx", SHEETJS);
    },
  });

  // 区县 only on the info line, the column left blank.
  files.push({
    name: "吴兴区东林镇中心学校.xlsx",
    make: () => {
      const s = school("吴兴区东林镇中心学校");
      return writeXlsxExcelJS([templateSheet(s, PLAN_HEADER, planRows(s, () => null))], EXCELJS);
    },
  });

  // Four spaces, one row standing for three rooms; the school's name mistyped.
  files.push({ name: "湖州市潘公侨小学.xlsx", make: () => writeXlsxExcelJS([templateSheet(school("湖州市潘公侨小学"))], EXCELJS) });

  // Excel's lock file, left behind when the folder was copied while a file was open.
  files.push({ name: "~$湖州市第一中学.xlsx", make: () => lockFile("王建国") });

  // 附件2, two months: 织里镇中学 goes back from stage 4 to 3 in June.
  files.push({ name: "进展月报/吴兴区进展月报-2025年5月.xlsx", make: () => writeXlsxExcelJS([progressSheet("2025年5月", MAY)], EXCELJS) });
  files.push({ name: "进展月报/吴兴区进展月报-2025年6月.xls", make: () => writeWithSheetJS([progressSheet("2025年6月", JUNE)], "xls", SHEETJS) });

  files.push({
    name: "roster.csv",
    make: () => writeCsv([["学校名称", "区县", "学校类型"], ...ROSTER], "utf-8-bom"),
  });
  return files;
}

/** Excel's `~$` owner file: 162 bytes, the user name padded, nothing a reader could open. */
function lockFile(owner: string): Uint8Array {
  const bytes = new Uint8Array(162);
  const name = Buffer.from(owner, "utf16le");
  bytes[0] = owner.length;
  bytes.set(name.subarray(0, 100), 1);
  return bytes;
}

type Progress = Array<[string, number, number | string, string]>;

const MAY: Progress = [
  ["湖州市第一中学", 2, 3, ""],
  ["吴兴区织里镇中学", 3, "建设中", ""],
  ["湖州市爱山小学", 2, 2, "等待招标"],
  ["湖州市凤凰小学", 1, 3, ""],
  ["湖州市月河小学", 2, 1, "方案修改中"],
  ["湖州师范学院附属小学", 2, 3, ""],
  ["吴兴区八里店中学", 1, 2, ""],
  ["湖州市东风小学", 2, 4, ""],
  ["湖州市仁皇山小学", 2, 2, ""],
  ["湖州市飞英小学", 1, 5, ""],
  ["吴兴区东林镇中心学校", 2, 3, ""],
  ["湖州市潘公桥小学", 6, 2, ""],
];

const JUNE: Progress = MAY.map(([name, count, stage, note]) => {
  if (name === "吴兴区织里镇中学") return [name, count, 3, "部分设备到货不符，退回重新采购"];
  const code = typeof stage === "number" ? stage : 4;
  return [name, count, Math.min(7, code + (name.length % 2)), note];
});

function progressSheet(period: string, rows: Progress): WriterSheet {
  const last = letter(PROGRESS_HEADER.length);
  return {
    name: period,
    rows: [
      [`${PROGRESS_TITLE}（${period}）`],
      [`区县：${WUXING}        联系人：赵志刚        联系电话：0572-2398000`],
      PROGRESS_HEADER,
      ...rows.map(([name, count, stage, note], i) => [i + 1, WUXING, name, count, stage, note || null]),
      ["注：月度工作进展填写数字（1.策划方案；2.方案完成，准备采购；3.采购完成，准备建设；4.建设中；5.建设完成，准备验收；6.验收完成，准备结算；7.完成结算，投入使用）的最终节点。"],
    ],
    merges: [`A1:${last}1`, `A2:${last}2`],
  };
}

export async function makeExamples(root: string, force: boolean): Promise<{ written: string[]; kept: string[] }> {
  const written: string[] = [];
  const kept: string[] = [];
  for (const file of exampleFiles()) {
    const target = path.join(root, file.name);
    if (existsSync(target) && !force) {
      kept.push(file.name);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await file.make();
    } catch (e) {
      if (!(e instanceof LibreOfficeMissingError)) throw e;
      kept.push(`${file.name} (soffice not installed)`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    written.push(file.name);
  }
  return { written, kept };
}

if (require.main === module) {
  const root = path.resolve(__dirname, "..", "examples");
  const force = process.argv.includes("--force");
  void makeExamples(root, force).then(({ written, kept }) => {
    console.log(`examples/: ${written.length} written, ${kept.length} already there`);
    for (const name of written) console.log(`  + ${name}`);
  });
}
