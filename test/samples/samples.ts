import type { WriterCell } from "../support/cell";
import { taizhouIndicatorRows } from "../support/taizhou-indicator-rows";
import { FIELD_DEVIATION_SAMPLES } from "./field-deviation-samples";
import type { ExpectedSheet, Sample, SampleWriter } from "./sample-spec";
import type { WordLayout } from "../support/word-sample";

const PLAN_HEADER = ["序\n号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
const CASE_HEADER = ["序号", "案例名称", "单位", "联系人", "联系电话"];

function ticks(n: number): WriterCell[] {
  // 1–55 A, 56–62 B, 63–66 C, 67 D, 68 none, 69 A and B, 70 C.
  const at = (i: number, mark = "√") => [0, 1, 2, 3].map((k) => (k === i ? mark : null));
  if (n <= 55) return at(0);
  if (n <= 62) return at(1, "✓");
  if (n <= 66) return at(2, "○");
  if (n === 67) return at(3, "●");
  if (n === 68) return [null, null, null, null];
  if (n === 69) return ["√", "√", null, null];
  return at(2, "x");
}

function letters(n: number): WriterCell[] {
  if (n <= 40) return ["A"];
  if (n <= 60) return ["B"];
  if (n <= 68) return ["C"];
  if (n === 69) return ["完全实现"];
  return ["E"];
}

const taizhouTicked = taizhouIndicatorRows(5, ticks, true);
const taizhouLetters = taizhouIndicatorRows(2, letters, false);

const QUOTA_ROWS: WriterCell[][] = [
  ["杭州", 3, 9], ["宁波", 2, 8], ["温州", 3, 10], ["嘉兴", 2, 3], ["湖州", 1, 3], ["绍兴", 1, 5],
  ["金华", 2, 7], ["衢州", 1, 3], ["舟山", "二", 2], ["台州", 2, 7], ["丽水", 2, 3],
].map((r, i) => [i + 1, ...r]);

const SPREADSHEET_SAMPLES: Sample[] = [
  {
    folder: "huzhou-space-plan",
    name: "template-filled",
    writer: "exceljs-xlsx",
    sheets: [
      {
        name: "附件1",
        merges: ["A2:I2", "B5:B6", "A9:I9"],
        rows: [
          ["附件1"],
          ["新型教学空间建设计划汇总表"],
          ["区县：吴兴区                      联系人：张三                          联系电话：13757293776"],
          PLAN_HEADER,
          [1, "吴兴区", "湖州市第一中学", 2, "人工智能教室", 120, "李四", "13757290001", "人工智能"],
          [2, null, "湖州市第一中学", 1, "数字实验室", "35.5", "李四", "0572-2345678", "理科实验"],
          [3, "吴兴", "湖州市织里中学", 1, "阅读空间", 15000, "王 五", "12345", null],
          ["…", null, null, null, null, null, null, null, null],
          ["注：学校名称与公章一致。同一学校多个空间的请重复书写学校名称。"],
        ],
      },
    ],
    expected: [
      {
        sheet: "附件1",
        layout: "huzhou-space-plan",
        headerRows: [4],
        columns: { 序号: "A", 区县: "B", 学校名称: "C", "预算金额（万元）": "F", 联系电话: "H" },
        records: 3,
        issues: [
          [7, "区县", "normalized-value"],
          [7, "预算金额（万元）", "suspicious-value"],
          [7, "联系电话", "invalid-phone"],
        ],
        values: [[6, "区县", "吴兴区"], [6, "预算金额（万元）", 35.5], [7, "项目负责人", "王五"], [7, "区县", "吴兴区"]],
        info: { 区县: "吴兴区", 联系人: "张三", 联系电话: "13757293776" },
        skipped: [[8, "placeholder"], [9, "note"]],
      },
    ],
  },
  {
    folder: "huzhou-space-plan",
    name: "reordered-extra-second-sheet",
    writer: "sheetjs-xls",
    sheets: [
      { name: "填表说明", rows: [["填表说明"], ["请按模板填写，每个空间一行。"]] },
      {
        name: "汇总",
        rows: [
          ["新型教学空间建设计划汇总表（南浔区）"],
          ["区县：南浔区  联系人：赵六  联系电话：0572-3012345"],
          ["学 校 名 称", "空间名称", "区县", "预算金额(万元)", "拟建空间数量(个)", "项目负责人", "联系电话", "学段"],
          ["南浔中学", "智慧教室", null, "１２.５万元", "２", "陈七", "13900001111", "高中"],
          ["南浔 中学", "创客空间", null, "8", "1.5", "陈七", "13900001111", "高中"],
          ["双林镇中学", "录播教室", null, "-3", "1", "沈八", "0572-234", "初中"],
          [],
          ["双林镇中学", "录播教室", null, "5", "1", "沈八", "13900002222", "初中"],
        ],
      },
      { name: "旧表", hidden: true, rows: [PLAN_HEADER, [1, "南浔区", "练市中学", 1, "书法教室", 10, "褚九", "13900003333", null]] },
    ],
    expected: [
      { sheet: "填表说明", layout: null, issues: [[0, "", "unknown-layout"]] },
      {
        sheet: "汇总",
        layout: "huzhou-space-plan",
        headerRows: [3],
        columns: { 学校名称: "A", 空间名称: "B", 区县: "C", "预算金额（万元）": "D", "拟建空间数量（个）": "E" },
        records: 4,
        issues: [
          [5, "拟建空间数量（个）", "invalid-number"],
          [6, "预算金额（万元）", "invalid-number"],
          [6, "联系电话", "invalid-phone"],
          [8, "学校名称", "duplicate-row"],
        ],
        values: [[4, "预算金额（万元）", 12.5], [4, "拟建空间数量（个）", 2], [5, "学校名称", "南浔中学"], [4, "区县", "南浔区"]],
        skipped: [[7, "blank"]],
      },
      { sheet: "旧表", layout: "huzhou-space-plan", hidden: true, headerRows: [1], records: 1, issues: [] },
    ],
  },
  {
    folder: "huzhou-space-plan",
    name: "info-line-gbk",
    writer: "csv-gbk",
    sheets: [
      {
        name: "info-line-gbk",
        rows: [
          ["区县：德清县", null, "联系人：钱九"],
          ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"],
          ["1", "", "德清县第一中学", "1", "AI教室", "50", "孙十", "13700001111", ""],
          ["2", "西湖区", "德清县实验学校", "1", "数字实验室", "30", "周一", "13700002222", ""],
        ],
      },
    ],
    expected: [
      {
        sheet: "info-line-gbk",
        layout: "huzhou-space-plan",
        headerRows: [2],
        records: 2,
        issues: [[4, "区县", "invalid-choice"]],
        values: [[3, "区县", "德清县"]],
        info: { 区县: "德清县", 联系人: "钱九" },
      },
    ],
  },
  {
    folder: "huzhou-space-plan",
    name: "bad-missing-columns",
    writer: "sheetjs-xlsx",
    sheets: [
      {
        name: "Sheet1",
        rows: [
          ["学校名称", "空间名称", "项目负责人", "联系电话"],
          ["安吉县第二中学", "AI 教室", "冯一", "13900004444"],
        ],
      },
    ],
    expected: [
      {
        sheet: "Sheet1",
        layout: "huzhou-space-plan",
        headerRows: [1],
        records: 1,
        issues: [
          [1, "拟建空间数量（个）", "missing-value"],
          [1, "预算金额（万元）", "missing-value"],
          [2, "区县", "missing-value"],
        ],
      },
    ],
  },
  {
    folder: "unknown",
    name: "bad-not-a-summary",
    writer: "exceljs-xlsx",
    sheets: [{ name: "工资表", rows: [["姓名", "部门", "工资"], ["张三", "办公室", 5000]] }],
    expected: [{ sheet: "工资表", layout: null, issues: [[0, "", "unknown-layout"]] }],
  },
  {
    folder: "huzhou-space-progress",
    name: "monthly-stage-text",
    writer: "exceljs-xlsx",
    sheets: [
      {
        name: "6月",
        rows: [
          ["新型教学空间建设进展情况月报表"],
          ["区县：安吉县  联系人：吴二  联系电话：13811112222"],
          ["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"],
          [],
          [1, "安吉县", "安吉县昌硕高级中学", 2, 4, null],
          [2, "安吉县", "安吉县实验初中", 1, "建设中", "设备到货延迟"],
          [3, "安吉县", "安吉县天略小学", 0, 8, null],
          [4, "安吉县", "安吉县昌硕高级中学", 1, "5", null],
          ["……", null, null, null, null, null],
        ],
      },
    ],
    expected: [
      {
        sheet: "6月",
        layout: "huzhou-space-progress",
        headerRows: [3],
        records: 4,
        issues: [
          [6, "月度工作进展情况", "normalized-value"],
          [7, "空间建设数量（个）", "invalid-number"],
          [7, "月度工作进展情况", "invalid-choice"],
          [8, "学校名称", "duplicate-row"],
        ],
        values: [[6, "月度工作进展情况", 4], [8, "月度工作进展情况", 5]],
        skipped: [[4, "blank"], [9, "placeholder"]],
      },
    ],
  },
  ...(["exceljs-xlsx", "libreoffice-ods"] as const).map((writer): Sample => ({
    folder: "huzhou-case-summary",
    name: writer === "exceljs-xlsx" ? "two-sections" : "two-sections-libreoffice",
    writer,
    sheets: [
      {
        name: "附件4",
        merges: ["A1:E1", "A3:E3", "A9:E9"],
        rows: [
          ["推荐培育优秀案例汇总表"],
          ["区县：长兴县"],
          ["新型教学空间优秀案例（6月30日前报送）"],
          ["工作联系人", "郑三", "联系电话", "13822223333", null],
          CASE_HEADER,
          [1, "AI 赋能的物理实验空间", "长兴中学", "王老师", "13822224444"],
          [2, "数字阅读空间", "长兴县实验小学", "李老师", "0572-6012345"],
          ["……"],
          ["智慧校园优秀案例（6月30日前报送）"],
          ["工作联系人", "郑三", "联系电话", "13822223333"],
          CASE_HEADER,
          [1, "校园数字大脑", "长兴中学", "赵老师", "1382222"],
          [2, "数字阅读空间", "长兴县实验小学", "李老师", "0572-6012345"],
          [3, null, null, null, null],
        ],
      },
    ],
    expected: [
      {
        sheet: "附件4",
        layout: "huzhou-case-summary",
        headerRows: [5, 11],
        records: 4,
        issues: [
          [12, "联系电话", "invalid-phone"],
          [13, "案例名称", "duplicate-row"],
        ],
        values: [[6, "类别", "新型教学空间"], [12, "类别", "智慧校园"], [6, "区县", "长兴县"], [13, "单位", "长兴县实验小学"]],
        info: { 区县: "长兴县", "新型教学空间/工作联系人": "郑三", "智慧校园/联系电话": "13822223333" },
        skipped: [[8, "placeholder"], [14, "template"]],
      },
    ],
  })),
  {
    folder: "zhejiang-pilot-summary",
    name: "grouped-two-row-header",
    writer: "exceljs-xlsx",
    sheets: [
      {
        name: "附件3",
        merges: ["A3:A4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "J3:M3", "N3:N4"],
        rows: [
          ["浙江省区域和学校整体推进智慧教育综合试点申报汇总表"],
          ["申报单位（盖章）：湖州市教育局                填表人：张三                    联系电话：0572-2123456"],
          ["试点单位", "试点类别", "试点选题", "通讯地址", "邮编", "试点工作负责人", null, null, null, "试点工作联系人", null, null, null, "备注"],
          [null, "(区域/学校)", null, null, null, "姓名", "职务", "联系电话", "电子邮箱", "姓名", "职务", "联系电话", "电子邮箱", null],
          ["吴兴区教育局", "区域", "基于数据的区域教育治理", "湖州市吴兴区某路1号", "313000", "王一", "局长", "13900000001", "wy@example.com", "李二", "科长", "0572-2000001", "li2@example.cn", null],
          ["湖州市第一中学", "中小学校", "AI 支持的精准教学", "湖州市某路2号", "31300", "赵三", "校长", "13900000002", "zhao3@example", "钱四", null, "13900000003", "qian4@example.com", null],
          ["湖州市第一中学", "学校", "重复申报", "湖州市某路2号", "313000", "赵三", null, "13900000002", "zhao3@example.com", "钱四", null, "13900000003", "qian4@example.com", null],
          ["德清县教育局", "县域", "数字化转型", "德清县某路", "313200", "孙五", null, "13900000004", "sun5@example.com", null, null, null, null, null],
        ],
      },
    ],
    expected: [
      {
        sheet: "附件3",
        layout: "zhejiang-pilot-summary",
        headerRows: [3, 4],
        columns: { 试点单位: "A", 邮编: "E", "试点工作负责人/姓名": "F", "试点工作负责人/联系电话": "H", "试点工作联系人/电子邮箱": "M", 备注: "N" },
        records: 4,
        issues: [
          [6, "试点类别", "normalized-value"],
          [6, "邮编", "invalid-postcode"],
          [6, "试点工作负责人/电子邮箱", "invalid-email"],
          [7, "试点单位", "duplicate-row"],
          [8, "试点类别", "invalid-choice"],
          [8, "试点工作联系人/姓名", "missing-value"],
          [8, "试点工作联系人/联系电话", "missing-value"],
          [8, "试点工作联系人/电子邮箱", "missing-value"],
        ],
        values: [[5, "申报单位", "湖州市教育局"], [6, "试点类别", "学校"], [5, "试点工作联系人/联系电话", "0572-2000001"]],
        info: { 申报单位: "湖州市教育局", 填表人: "张三", 联系电话: "0572-2123456" },
      },
    ],
  },
  {
    folder: "zhejiang-pilot-summary",
    name: "flat-header-bom",
    writer: "csv-utf-8-bom",
    sheets: [
      {
        name: "flat-header-bom",
        rows: [
          ["试点单位", "试点类别", "试点选题", "通讯地址", "邮编", "负责人姓名", "负责人职务", "负责人电话", "负责人邮箱", "联系人姓名", "联系人电话", "联系人邮箱"],
          ["台州市椒江区教育局", "区域试点", "智慧作业", "台州市椒江区某路", "318000", "林一", "局长", "13900000011", "lin1@example.com", "周二", "13900000012", "zhou2@example.com"],
          ["台州市第一中学", "学校", "AI 课堂", "台州市某路", "318000", "陈三", "校长", "0576-88888888", "chen3@example.com", "吴四", "13900000014", "wu4@example.com"],
        ],
      },
    ],
    expected: [
      {
        sheet: "flat-header-bom",
        layout: "zhejiang-pilot-summary",
        headerRows: [1],
        columns: { "试点工作负责人/姓名": "F", "试点工作负责人/电子邮箱": "I", "试点工作联系人/姓名": "J", "试点工作联系人/电子邮箱": "L" },
        records: 2,
        issues: [[2, "试点类别", "normalized-value"]],
        values: [[2, "试点类别", "区域"]],
      },
    ],
  },
  {
    folder: "ningbo-benchmark-summary",
    name: "wps-xls",
    writer: "sheetjs-xls",
    sheets: [
      {
        name: "附件4",
        rows: [
          ["宁波市中小学智慧校园标杆学校申报汇总表"],
          ["区（县、市）：鄞州区（盖章）"],
          ["联系人：张三  联系电话/手机：13900001234  电子邮箱：zs@example.com"],
          ["序号", "学校名称", "学校类型（小学、初中、高中、完中、九年一贯、十二年一贯、中职）", "联系人", "联系电话/手机/\n电子邮箱"],
          [1, "宁波市鄞州区实验小学", "小学", "王老师", "13900005678/wang@example.com"],
          [2, "鄞州区某初级中学", "初级中学", "李老师", "0574-87654321"],
          [3, "鄞州区某高中", "职业技术学院", "赵老师", "zhao@example"],
          [4, "鄞州区九年制学校", "九年一贯制", "钱老师", null],
          ["注：递交 word 稿和电子盖章 PDF 稿"],
        ],
      },
    ],
    expected: [
      {
        sheet: "附件4",
        layout: "ningbo-benchmark-summary",
        headerRows: [4],
        columns: { 学校名称: "B", 学校类型: "C", "联系电话/手机/电子邮箱": "E" },
        records: 4,
        issues: [
          [6, "学校类型", "normalized-value"],
          [7, "学校类型", "invalid-choice"],
          [7, "联系电话/手机/电子邮箱", "invalid-email"],
          [8, "学校类型", "normalized-value"],
          [8, "联系电话/手机/电子邮箱", "missing-value"],
        ],
        values: [[5, "区县", "鄞州区"], [6, "学校类型", "初中"], [8, "学校类型", "九年一贯"]],
        info: { 区县: "鄞州区", 联系人: "张三", 联系电话: "13900001234", 电子邮箱: "zs@example.com" },
        skipped: [[9, "note"]],
      },
    ],
  },
  {
    folder: "taizhou-indicators",
    name: "ticks-merged",
    writer: "exceljs-xlsx",
    sheets: [
      {
        name: "评价指标",
        merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", ...taizhouTicked.merges],
        rows: [
          ["台州市中小学智慧校园建设评价指标（试行）"],
          ["学校名称：台州市椒江区第一小学"],
          ["编号", "评价项目", "评价指标", "评价细则", "A级", "B级", "C级", "D级"],
          [null, null, null, null, "完全实现", "多数实现", "少数实现", "未实现"],
          ...taizhouTicked.rows,
          ["注：60 个 C 级及以上为智慧校园达标等第，60 个 B 级以上为智慧校园良好等第，60 个 A 及以上为智慧校园标杆等第。"],
        ],
      },
    ],
    expected: [
      {
        sheet: "评价指标",
        layout: "taizhou-indicators",
        headerRows: [3, 4],
        columns: { 编号: "A", A级: "E", D级: "H" },
        records: 70,
        issues: [
          [72, "等级", "missing-value"],
          [73, "等级", "invalid-choice"],
        ],
        values: [[5, "评价项目", "基础设施"], [6, "评价项目", "基础设施"], [10, "评价指标", "信息终端"], [5, "等级", "A"], [71, "等级", "D"]],
        derived: { school: "台州市椒江区第一小学", schoolFrom: "info-line", counts: { A: 55, B: 7, C: 5, D: 1 }, unread: 2, indicators: 70, grade: "良好" },
        skipped: [[75, "note"]],
      },
    ],
  },
  {
    folder: "taizhou-indicators",
    name: "台州市路桥区实验中学自评",
    writer: "csv-utf-8",
    sheets: [{ name: "台州市路桥区实验中学自评", rows: [["编号", "评价项目", "评价指标", "评价细则", "自评等级"], ...taizhouLetters.rows] }],
    expected: [
      {
        sheet: "台州市路桥区实验中学自评",
        layout: "taizhou-indicators",
        headerRows: [1],
        columns: { 等级: "E" },
        records: 70,
        issues: [[71, "等级", "invalid-choice"]],
        values: [[70, "等级", "A"]],
        derived: { school: "台州市路桥区实验中学", schoolFrom: "file-name", counts: { A: 41, B: 20, C: 8, D: 0 }, unread: 1, indicators: 70, grade: "良好" },
      },
    ],
  },
  {
    folder: "zhangjiagang-feature-application",
    name: "form-ticked",
    writer: "exceljs-xlsx",
    sheets: [
      {
        name: "申报表",
        merges: ["A1:D1", "B2:D2", "B3:D3", "B4:D4"],
        rows: [
          ["“智慧教育特色发展示范校”申报表"],
          ["学校名称", "张家港市实验小学（盖章）    年  月  日"],
          ["申报项目类别\n□内打√", "☑智能环境 □智慧教学 ☑三个课堂 □信息素养 √智慧管理 □创新实验"],
          ["智慧教育特色发展的基础现状、不足问题、规划措施、时间节点以及预期效果", "（请对照分类内容进行简要阐述；1500 字左右）"],
          ["教育技术装备室意见", "（盖章） 年 月 日"],
        ],
      },
    ],
    expected: [
      {
        sheet: "申报表",
        layout: "zhangjiagang-feature-application",
        records: 1,
        issues: [],
        values: [[2, "学校名称", "张家港市实验小学"], [2, "可达等级", "C"]],
        derived: { school: "张家港市实验小学", ticked: ["智能环境", "三个课堂", "智慧管理"], count: 3, level: "C" },
      },
    ],
  },
  {
    folder: "zhangjiagang-feature-application",
    name: "bad-one-item",
    writer: "sheetjs-xlsx",
    sheets: [
      {
        name: "申报表",
        rows: [
          ["“智慧教育特色发展示范校”申报表"],
          ["学校名称", "张家港市塘桥中学"],
          ["申报项目类别", "□", "智能环境", "☑", "智慧教学", "□", "三个课堂", "□", "信息素养", "□", "智慧管理", "□", "创新实验"],
        ],
      },
    ],
    expected: [
      {
        sheet: "申报表",
        layout: "zhangjiagang-feature-application",
        records: 1,
        issues: [[3, "申报项目", "invalid-choice"]],
        derived: { school: "张家港市塘桥中学", ticked: ["智慧教学"], count: 1, level: "" },
      },
    ],
  },
  {
    folder: "zhejiang-pilot-quota",
    name: "quota-libreoffice-xls",
    writer: "libreoffice-xls",
    sheets: [{ name: "附件2", rows: [["各设区市区域、学校试点申报名额分配表"], ["序号", "设区市", "区域试点名额", "学校试点名额"], ...QUOTA_ROWS] }],
    expected: [
      {
        sheet: "附件2",
        layout: "zhejiang-pilot-quota",
        headerRows: [2],
        records: 11,
        issues: [[11, "区域试点名额", "invalid-number"]],
        values: [[3, "设区市", "杭州"], [3, "学校试点名额", 9]],
      },
    ],
  },
];

function spreadsheetSample(folder: string, name: string): Sample {
  const found = SPREADSHEET_SAMPLES.find((s) => s.folder === folder && s.name === name);
  if (!found) throw new Error(`no sample ${folder}/${name}`);
  return found;
}

/**
 * The same form as a school's Word document: the sheet's title and info lines as paragraphs above
 * the table, its notes below, the table with the same merges. Expected: what the spreadsheet twin
 * expects (written by hand above), on the table `表格1` with rows numbered from the table's first
 * row; rows under the table (notes) are paragraphs, no longer rows.
 */
function wordTwin(folder: string, twinName: string, name: string, writer: Extract<SampleWriter, "docx" | "libreoffice-docx">, word: WordLayout): Sample {
  const twin = spreadsheetSample(folder, twinName);
  const tableRows = twin.sheets[0].rows.length - word.above - (word.below ?? 0);
  const at = (row: number) => (row === 0 ? 0 : row - word.above);
  const inTable = (row: number) => row === 0 || (at(row) >= 1 && at(row) <= tableRows);
  const shift = (e: ExpectedSheet): ExpectedSheet => ({
    ...e,
    sheet: "表格1",
    ...(e.headerRows ? { headerRows: e.headerRows.map(at) } : {}),
    issues: e.issues.filter(([r]) => inTable(r)).map(([r, f, c]) => [at(r), f, c]),
    ...(e.values ? { values: e.values.map(([r, f, v]) => [at(r), f, v]) } : {}),
    ...(e.skipped ? { skipped: e.skipped.filter(([r]) => inTable(r)).map(([r, why]) => [at(r), why]) } : {}),
  });
  return { folder, name, writer, sheets: [twin.sheets[0]], word, ...(twin.options ? { options: twin.options } : {}), expected: [shift(twin.expected[0])] };
}

/** The Word documents: one per list layout by the `docx` package, one by LibreOffice Writer, and the Zhangjiagang form with both kinds of Word check box. */
const WORD_SAMPLES: Sample[] = [
  wordTwin("huzhou-space-plan", "template-filled", "template-filled-word", "docx", { above: 3, below: 1 }),
  wordTwin("huzhou-space-progress", "monthly-stage-text", "monthly-stage-text-word", "docx", { above: 2 }),
  wordTwin("zhejiang-pilot-summary", "grouped-two-row-header", "grouped-two-row-header-word", "docx", { above: 2 }),
  wordTwin("zhejiang-pilot-summary", "grouped-two-row-header", "grouped-two-row-header-libreoffice", "libreoffice-docx", { above: 2 }),
  wordTwin("ningbo-benchmark-summary", "wps-xls", "wps-xls-word", "docx", { above: 3, below: 1 }),
  wordTwin("zhangjiagang-feature-application", "form-ticked", "form-content-control-boxes", "docx", { above: 1, boxes: "content-control" }),
  wordTwin("zhangjiagang-feature-application", "form-ticked", "form-legacy-boxes", "docx", { above: 1, boxes: "legacy" }),
];

/** Every golden sample: the notices' tables as schools bend them, their Word twins, then the deviations found in the field. */
export const SAMPLES: Sample[] = [...SPREADSHEET_SAMPLES, ...WORD_SAMPLES, ...FIELD_DEVIATION_SAMPLES];
