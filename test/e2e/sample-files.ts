import type { CellValue } from "../../src/core/model/grid";
import { writeCsv, writeWithSheetJS, writeXlsxExcelJS, type WriterCell } from "../support";
import { taizhouIndicatorRows } from "../support/taizhou-indicator-rows";
import { writeDocx } from "../support/write-docx";
import { zipWithPython } from "../support/zip-archive";

/** A file as the test hands it to the page. */
export interface PageFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const NINGBO_TITLE = "宁波市中小学智慧校园标杆学校申报汇总表";
const NINGBO_HEADER = ["序号", "学校名称", "学校类型", "联系人", "联系电话/手机/电子邮箱"];

function infoLine(district: string): string {
  return `区（县、市）：${district}（盖章）  联系人：王老师  联系电话/手机：13905741234  电子邮箱：office@example.cn`;
}

/**
 * Three districts' submissions of the Ningbo benchmark-school list (名额: 3 per district), as
 * schools send them: ExcelJS .xlsx, a BIFF8 .xls, and a GBK CSV. 海曙区 sends four schools across
 * two files — one over its quota — and 鄞州区's only school has a bad phone number.
 */
export async function ningboSubmissions(): Promise<PageFile[]> {
  const haishu1 = await writeXlsxExcelJS([
    {
      name: "汇总表",
      rows: [
        [NINGBO_TITLE],
        [infoLine("海曙区")],
        NINGBO_HEADER,
        [1, "宁波市海曙区广济中心小学", "小学", "李红", "13805740001"],
        [2, "宁波市第十五中学", "初级中学", "张伟", "0574-87654321"],
      ],
    },
  ]);
  const haishu2 = writeWithSheetJS(
    [
      {
        name: "Sheet1",
        rows: [
          [NINGBO_TITLE],
          [infoLine("海曙区")],
          NINGBO_HEADER,
          [1, "宁波市海曙区启文学校", "九年一贯", "陈静", "13805740003"],
          [2, "宁波市海曙区集士港镇中心小学", "小学", "周敏", "zhoumin@example.cn"],
        ],
      },
    ],
    "xls",
  );
  const yinzhou = writeCsv(
    [
      [NINGBO_TITLE],
      [infoLine("鄞州区")],
      NINGBO_HEADER,
      [1, "宁波市鄞州区实验小学", "小学", "黄磊", "12345"],
    ],
    "gbk",
  );
  return [
    { name: "海曙区_标杆学校申报.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(haishu1) },
    { name: "海曙区_补报.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from(haishu2) },
    { name: "鄞州区_标杆学校申报.csv", mimeType: "text/csv", buffer: Buffer.from(yinzhou) },
  ];
}

/** A workbook that is no official table at all (a meeting notice someone attached by mistake). */
export async function unrelatedWorkbook(): Promise<PageFile> {
  const bytes = await writeXlsxExcelJS([{ name: "通知", rows: [["关于召开智慧校园工作会议的通知"], ["时间", "2025年5月8日"], ["地点", "市教育局三楼会议室"]] }]);
  return { name: "会议通知.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(bytes) };
}

/**
 * One county's 新型教学空间建设计划 with the faults a person must fix: row 5 has no 项目负责人, row 6 a
 * phone number one digit short. (Rows: title 1, info line 2, header 3, data from 4.)
 */
export async function huzhouPlanWithFaults(): Promise<PageFile> {
  const bytes = await writeXlsxExcelJS([
    {
      name: "附件1",
      rows: [
        ["新型教学空间建设计划汇总表"],
        ["区县：吴兴区  联系人：张三  联系电话：0572-2123456"],
        ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"],
        [1, "吴兴区", "湖州市第一中学", 2, "AI 创新实验室", 120, "沈一", "13905720001", "人工智能"],
        [2, "吴兴区", "湖州市爱山小学", 1, "智慧阅读空间", 45.5, null, "13905720002", ""],
        [3, "吴兴区", "湖州市湖师附小", 1, "创客空间", 60, "钱三", "1390572000", ""],
      ],
    },
  ]);
  return { name: "吴兴区_建设计划.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(bytes) };
}

/**
 * The roster a city keeps of who must apply (last year's list, with a title and an info line above
 * its header). 北仑区's school has sent nothing; 集士港's name is written without 镇 on the roster,
 * so the submitted 宁波市海曙区集士港镇中心小学 shows in both lists, each naming the other.
 */
export async function ningboRoster(): Promise<PageFile> {
  const bytes = await writeXlsxExcelJS([
    {
      name: "申报名单",
      rows: [
        ["宁波市中小学智慧校园标杆学校申报名单（2025年）"],
        ["制表：市教育局教育技术中心"],
        ["序号", "区县", "学校名称", "学校类型"],
        [1, "海曙区", "宁波市海曙区广济中心小学", "小学"],
        [2, "海曙区", "宁波市第十五中学", "初中"],
        [3, "海曙区", "宁波市海曙区启文学校", "九年一贯"],
        [4, "海曙区", "宁波市海曙区集士港中心小学", "小学"],
        [5, "鄞州区", "宁波市鄞州区实验小学", "小学"],
        [6, "北仑区", "宁波市北仑区新碶小学", "小学"],
      ],
    },
  ]);
  return { name: "标杆学校申报名单.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(bytes) };
}

/** The level of indicator `n` (1–70) for a school with these counts, A first: `[60, 10, 0, 0]` → 1–60 A, 61–70 B. */
function levelOf(n: number, counts: [number, number, number, number]): "A" | "B" | "C" | "D" | null {
  let upTo = 0;
  for (const [index, level] of (["A", "B", "C", "D"] as const).entries()) {
    upTo += counts[index];
    if (n <= upTo) return level;
  }
  return null;
}

/**
 * The official indicator sheet as a school fills it in: title, `学校名称：` line, the two header rows
 * (merged down where they are one), 70 rows with 评价项目 and 评价指标 merged down, a tick in one of
 * the A–D columns, and the notice's note below. Header at row 3, indicator n at row 4 + n.
 */
function tickedSheet(school: string, counts: [number, number, number, number], tick: string, unmarked: number[] = []): { name: string; rows: WriterCell[][]; merges: string[] } {
  const first = 5;
  const rows: WriterCell[][] = [
    ["台州市中小学智慧校园建设评价指标（试行）"],
    [`学校名称：${school}`],
    ["编号", "评价项目", "评价指标", "评价细则", "A级", "B级", "C级", "D级"],
    [null, null, null, null, "完全实现", "多数实现", "少数实现", "未实现"],
  ];
  const marks = (n: number): WriterCell[] => {
    const level = unmarked.includes(n) ? null : levelOf(n, counts);
    return ["A", "B", "C", "D"].map((l) => (l === level ? tick : null));
  };
  const indicators = taizhouIndicatorRows(first, marks, true);
  rows.push(...indicators.rows);
  const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", ...indicators.merges];
  rows.push(["注：60 个 C 级及以上为智慧校园达标等第，60 个 B 级以上为智慧校园良好等第，60 个 A 及以上为智慧校园标杆等第。"]);
  return { name: "评价指标", rows, merges };
}

/** The sheet with a single 自评等级 column of letters instead of ticks (no merges, no title). */
function letterRows(counts: [number, number, number, number], header = "自评等级"): WriterCell[][] {
  return [["编号", "评价项目", "评价指标", "评价细则", header], ...taizhouIndicatorRows(2, (n) => [levelOf(n, counts)], false).rows];
}

/**
 * Five Taizhou schools' self-assessments, as they arrive: ticks in .xlsx (ExcelJS) and .xls (BIFF8),
 * letters in a GBK CSV whose school is named only by the file name, and a 等级 column in .xlsx.
 * - 椒江区第一小学: exactly 60 A (+10 B) — 标杆 by the smallest margin;
 * - 黄岩区实验小学: 59 A (+11 B) — one short: 良好;
 * - 温岭市第三中学: 40 A, 25 B, 5 C — 良好;
 * - 路桥区第二中学 (CSV): 30 A, 15 B, 20 C, 5 D — 45 at B or above, 65 at C or above: 达标;
 * - 三门县海润小学: 20 A, 20 B, 15 C, 14 D and indicator 70 left unmarked — 55 at C or above: 未达标.
 */
export async function taizhouIndicatorFiles(): Promise<PageFile[]> {
  const jiaojiang = await writeXlsxExcelJS([tickedSheet("台州市椒江区第一小学", [60, 10, 0, 0], "√")]);
  const huangyan = writeWithSheetJS([tickedSheet("台州市黄岩区实验小学", [59, 11, 0, 0], "✓")], "xls");
  const wenling = await writeXlsxExcelJS([tickedSheet("台州市温岭市第三中学", [40, 25, 5, 0], "●")]);
  const luqiao = writeCsv(letterRows([30, 15, 20, 5]) as CellValue[][], "gbk");
  const sanmen = await writeXlsxExcelJS([
    { name: "自评表", rows: [["台州市三门县海润小学自评表"], ...letterRows([20, 20, 15, 14], "等级")] },
  ]);
  return [
    { name: "椒江区第一小学_自评.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(jiaojiang) },
    { name: "黄岩区实验小学_自评.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from(huangyan) },
    { name: "温岭市第三中学_自评.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(wenling) },
    { name: "台州市路桥区第二中学自评.csv", mimeType: "text/csv", buffer: Buffer.from(luqiao) },
    { name: "三门县海润小学_自评.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(sanmen) },
  ];
}

/**
 * The Ningbo submissions downloaded at once from the mailbox as one .zip, written by Python's
 * zipfile with GBK names and no UTF-8 flag (as Windows' compressor writes them), one folder per
 * district; 鄞州区 sends its list as a Word table (title and info line above it, the bad phone on
 * the table's row 2).
 */
export async function ningboArchive(): Promise<PageFile> {
  const [haishu1, haishu2] = await ningboSubmissions();
  const yinzhou = await writeDocx([{ above: [NINGBO_TITLE, infoLine("鄞州区")], rows: [NINGBO_HEADER, ["1", "宁波市鄞州区实验小学", "小学", "黄磊", "12345"]] }]);
  const zip = zipWithPython([
    { name: `海曙区/${haishu1.name}`, bytes: haishu1.buffer, names: "gbk" },
    { name: `海曙区/${haishu2.name}`, bytes: haishu2.buffer, names: "gbk" },
    { name: "鄞州区/鄞州区_标杆学校申报.docx", bytes: yinzhou, names: "gbk" },
    { name: "说明.txt", bytes: new TextEncoder().encode("请查收"), names: "gbk" },
  ]);
  return { name: "归档.zip", mimeType: "application/zip", buffer: Buffer.from(zip) };
}
