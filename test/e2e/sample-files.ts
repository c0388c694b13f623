import { writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../support";

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
