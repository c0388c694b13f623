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
 * The writers are exported for the benchmarks, which generate many such files.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import iconv from "iconv-lite";

export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** A1-style ranges, e.g. `A1:I1`. */
  merges?: string[];
  hidden?: boolean;
}

/** The instant every generated document claims as its creation and modification time. */
const FIXED_DATE = new Date("2025-03-20T08:00:00Z");

// ---------------------------------------------------------------------------------------------
// Writers: real files from real writers
// ---------------------------------------------------------------------------------------------

/** Re-zips an OOXML/ODF package with fixed timestamps (mimetype first and stored, as ODF requires). */
export function normalizeZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  if (entries.mimetype) out.mimetype = [entries.mimetype, { level: 0 }];
  for (const [name, data] of Object.entries(entries)) {
    if (name === "mimetype") continue;
    if (name === "meta.xml" || name === "docProps/core.xml") {
      const text = strFromU8(data)
        .replace(/<meta:creation-date>[^<]*<\/meta:creation-date>/, "<meta:creation-date>2025-03-20T08:00:00</meta:creation-date>")
        .replace(/<dc:date>[^<]*<\/dc:date>/, "<dc:date>2025-03-20T08:00:00</dc:date>")
        .replace(/<meta:editing-duration>[^<]*<\/meta:editing-duration>/, "<meta:editing-duration>PT0S</meta:editing-duration>")
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, "$12025-03-20T08:00:00Z$2");
      out[name] = strToU8(text);
    } else out[name] = data;
  }
  return zipSync(out, { level: 6, mtime: FIXED_DATE });
}

/** .xlsx written by ExcelJS, with merged cells and hidden sheets as asked. */
export async function writeXlsxWithExcelJS(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "吴兴区教育局";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { state: spec.hidden ? "hidden" : "visible" });
    for (const row of spec.rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
    for (const range of spec.merges ?? []) ws.mergeCells(range);
    ws.columns.forEach((col) => {
      col.width = 16;
    });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return normalizeZip(new Uint8Array(buffer as ArrayBuffer));
}

/** .xls (BIFF8) or .xlsx written by SheetJS. */
export function writeWithSheetJS(sheets: SheetSpec[], bookType: "xls" | "xlsx"): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const spec of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(spec.rows);
    if (spec.merges?.length) ws["!merges"] = spec.merges.map((r) => XLSX.utils.decode_range(r));
    XLSX.utils.book_append_sheet(wb, ws, spec.name);
    if (spec.hidden) {
      wb.Workbook ??= { Sheets: [] };
      wb.Workbook.Sheets ??= [];
      wb.Workbook.Sheets[wb.SheetNames.length - 1] = { Hidden: 1 };
    }
  }
  wb.Props = { CreatedDate: FIXED_DATE, ModifiedDate: FIXED_DATE, Author: "吴兴区教育局" } as XLSX.FullProperties;
  const bytes: Uint8Array = XLSX.write(wb, { type: "buffer", bookType, compression: true });
  return bookType === "xlsx" ? normalizeZip(bytes) : bytes;
}

function csvField(value: Cell): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV in GBK (what Excel on a Chinese Windows saves) or UTF-8 with a BOM. */
export function writeCsv(rows: Cell[][], encoding: "gbk" | "utf-8-bom"): Uint8Array {
  const text = rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
  return encoding === "gbk" ? iconv.encode(text, "gbk") : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
}

export function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Converts a file with LibreOffice headless (its own profile, so parallel runs do not collide). */
export function convertWithLibreOffice(bytes: Uint8Array, fromExt: string, toExt: "ods" | "xls" | "xlsx"): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smartcampus-lo-"));
  try {
    const input = path.join(dir, `source.${fromExt}`);
    writeFileSync(input, bytes);
    const profile = `file://${path.join(dir, "profile")}`;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", toExt, "--outdir", dir, input], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const converted = readFileSync(path.join(dir, `source.${toExt}`));
    return toExt === "xls" ? new Uint8Array(converted) : normalizeZip(new Uint8Array(converted));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The domain: 附件1 rows as schools write them
// ---------------------------------------------------------------------------------------------

export const PLAN_TITLE = "新型教学空间建设计划汇总表";
export const PLAN_HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
export const PROGRESS_TITLE = "新型教学空间建设进展情况月报表";
export const PROGRESS_HEADER = ["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"];
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
export function templateSheet(school: School, header = PLAN_HEADER, data = planRows(school), extra: Cell[][] = []): SheetSpec {
  const last = letter(header.length);
  return {
    name: "Sheet1",
    rows: [[PLAN_TITLE], [infoLine(school)], header, ...data, ...extra],
    merges: [`A1:${last}1`, `A2:${last}2`],
  };
}

/** Reorders the columns of a header and its rows by the given header order. */
export function reorder(header: string[], rows: Cell[][], order: string[]): { header: string[]; rows: Cell[][] } {
  const index = order.map((h) => header.indexOf(h));
  return { header: order, rows: rows.map((r) => index.map((i) => r[i] ?? null)) };
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
  /** Needs LibreOffice to be (re)made. */
  libreOffice?: boolean;
  make: () => Uint8Array | Promise<Uint8Array>;
}

const TEMPLATE_PLACEHOLDER: Cell[] = ["…", null, null, null, null, null, null, null, null];

function exampleFiles(): ExampleFile[] {
  const files: ExampleFile[] = [];

  // Clean: the template as issued, filled in.
  files.push({ name: "湖州市第一中学.xlsx", make: () => writeXlsxWithExcelJS([templateSheet(school("湖州市第一中学"))]) });

  // Spaced and broken header text, full-width brackets, 区县 merged down over the school's rows.
  files.push({
    name: "吴兴区织里镇中学.xlsx",
    make: () => {
      const s = school("吴兴区织里镇中学");
      const header = ["序\n号", "区  县", "学 校 名 称", "拟建空间\n数量（个）", "空间名称", "预算金额\n（万元）", "项目\n负责人", "联系电话", "备注（应用方向）"];
      const data = planRows(s, (i) => (i === 0 ? s.district : null));
      const sheet = templateSheet(s, header, data);
      sheet.merges = [...(sheet.merges ?? []), `B4:B${3 + data.length}`];
      return writeXlsxWithExcelJS([sheet]);
    },
  });

  // Old Excel / WPS .xls, half-width brackets, columns in another order.
  files.push({
    name: "湖州市爱山小学.xls",
    make: () => {
      const s = school("湖州市爱山小学");
      const half = PLAN_HEADER.map((h) => h.replace("（", "(").replace("）", ")"));
      const order = ["序号", "学校名称", "区县", "空间名称", "拟建空间数量(个)", "预算金额(万元)", "项目负责人", "联系电话", "备注(应用方向)"];
      const moved = reorder(half, planRows(s), order);
      return writeWithSheetJS([templateSheet(s, moved.header, moved.rows)], "xls");
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
      return writeXlsxWithExcelJS([templateSheet(s, PLAN_HEADER, planRows(s), [...blank, TEMPLATE_PLACEHOLDER, [NOTE]])]);
    },
  });

  // The data on the second sheet, after an instructions sheet; one missing 项目负责人.
  files.push({
    name: "湖州师范学院附属小学.xlsx",
    make: () => {
      const s = school("湖州师范学院附属小学");
      const guide: SheetSpec = { name: "填表说明", rows: [["填表说明"], ["1. 每个空间填写一行。"], ["2. 预算金额单位为万元。"]] };
      return writeXlsxWithExcelJS([guide, { ...templateSheet(s), name: "附件1" }]);
    },
  });

  // Converted by LibreOffice (a school working in LibreOffice / WPS saves .ods); budget typed in 元.
  files.push({
    name: "吴兴区八里店中学.ods",
    libreOffice: true,
    make: async () => convertWithLibreOffice(await writeXlsxWithExcelJS([templateSheet(school("吴兴区八里店中学"))]), "xlsx", "ods"),
  });

  // .xls with the same space entered twice.
  files.push({ name: "湖州市东风小学.xls", make: () => writeWithSheetJS([templateSheet(school("湖州市东风小学"))], "xls") });

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
      return writeWithSheetJS([templateSheet(s, PLAN_HEADER.slice(0, 8), planRows(s).map((r) => r.slice(0, 8)))], "xlsx");
    },
  });

  // 区县 only on the info line, the column left blank.
  files.push({
    name: "吴兴区东林镇中心学校.xlsx",
    make: () => {
      const s = school("吴兴区东林镇中心学校");
      return writeXlsxWithExcelJS([templateSheet(s, PLAN_HEADER, planRows(s, () => null))]);
    },
  });

  // Four spaces, one row standing for three rooms; the school's name mistyped.
  files.push({ name: "湖州市潘公侨小学.xlsx", make: () => writeXlsxWithExcelJS([templateSheet(school("湖州市潘公侨小学"))]) });

  // Excel's lock file, left behind when the folder was copied while a file was open.
  files.push({ name: "~$湖州市第一中学.xlsx", make: () => lockFile("王建国") });

  // 附件2, two months: 织里镇中学 goes back from stage 4 to 3 in June.
  files.push({ name: "进展月报/吴兴区进展月报-2025年5月.xlsx", make: () => writeXlsxWithExcelJS([progressSheet("2025年5月", MAY)]) });
  files.push({ name: "进展月报/吴兴区进展月报-2025年6月.xls", make: () => writeWithSheetJS([progressSheet("2025年6月", JUNE)], "xls") });

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

function progressSheet(period: string, rows: Progress): SheetSpec {
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
  const libreOffice = hasLibreOffice();
  for (const file of exampleFiles()) {
    const target = path.join(root, file.name);
    if (existsSync(target) && !force) {
      kept.push(file.name);
      continue;
    }
    if (file.libreOffice && !libreOffice) {
      kept.push(`${file.name} (soffice not installed)`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await file.make());
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
