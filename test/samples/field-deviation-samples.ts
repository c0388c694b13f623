import type { Sample } from "./sample-spec";

/**
 * Deviations found when the product was tried with school files written the way schools write
 * them (one sample each, beside the notices' own): rows that are not schools, a header column split
 * into sub-columns, two numbers in one contact cell, stage and count words, school names with a
 * trailing （盖章）.
 */

const PLAN_TITLE = "新型教学空间建设计划汇总表";
const PLAN_HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];

export const FIELD_DEVIATION_SAMPLES: Sample[] = [
  {
    // The template's 示例 row and 填写说明 kept under the header, a district's 小计 and the 合计 and
    // 总计 lines with formula sums (cached results, as Excel saves them), each in another column.
    folder: "huzhou-space-plan",
    name: "subtotal-example-rows",
    writer: "exceljs-xlsx",
    sheets: [
      {
        name: "附件1",
        merges: ["A1:I1", "A2:I2", "A4:I4", "B7:B9"],
        rows: [
          [PLAN_TITLE],
          ["区县：吴兴区  联系人：张三  联系电话：0572-2021101"],
          PLAN_HEADER,
          ["填写说明：1.学校名称填写全称，与公章一致；2.同一学校多个空间的请重复书写学校名称；3.预算金额以万元为单位。"],
          ["示例", "吴兴区", "湖州市XX小学", 1, "人工智能教室", 50, "张三", "138XXXXXXXX", "人工智能"],
          [null, "（填写区县）", "（填写学校全称）", "（填写数字）", "（填写空间名称）", "（填写数字，万元）", null, "（手机或座机）"],
          [1, "吴兴区", "湖州市第一中学", 2, "人工智能教室", 120, "李四", "13757290001", "人工智能"],
          [2, null, "湖州市第一中学", 1, "数字实验室", 35.5, "李四", "0572-2345678", "理科实验"],
          [3, null, "湖州市织里中学", 1, "阅读空间", 15, "王五", "13757290002", null],
          [null, "吴兴区小计", null, { formula: "SUM(D7:D9)", result: 4 }, null, { formula: "SUM(F7:F9)", result: 170.5 }, null, null, null],
          [4, "南浔区", "南浔中学", 1, "创客空间", 20, "陈七", "13900001111", null],
          [null, null, "合计：3所", { formula: "SUM(D7:D9,D11)", result: 5 }, null, { formula: "SUM(F7:F9,F11)", result: 190.5 }, null, null, null],
          ["总计", null, null, { formula: "D12", result: 5 }, null, { formula: "F12", result: 190.5 }],
          ["注：学校名称与公章一致。"],
        ],
      },
    ],
    options: { city: "湖州市" },
    expected: [
      {
        sheet: "附件1",
        layout: "huzhou-space-plan",
        headerRows: [3],
        records: 4,
        // No missing-value on the 小计/合计/总计 lines, none on the 示例 row's stand-ins.
        issues: [],
        values: [[8, "区县", "吴兴区"], [9, "区县", "吴兴区"], [11, "学校名称", "南浔中学"]],
        skipped: [[4, "instruction"], [5, "example"], [6, "instruction"], [10, "subtotal"], [12, "subtotal"], [13, "subtotal"], [14, "note"]],
      },
    ],
  },
  {
    // The same deviations as WPS saves a monthly report (.xls): a 合计 line under 序号 with a count,
    // the example row opened by 例：, and per-column hints.
    folder: "huzhou-space-progress",
    name: "subtotal-example-rows-xls",
    writer: "sheetjs-xls",
    sheets: [
      {
        name: "附件2",
        rows: [
          ["新型教学空间建设进展情况月报表（2025年5月）"],
          ["区县：长兴县  联系人：赵老师  联系电话：0572-6021234"],
          ["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"],
          ["例：", "长兴县", "长兴县XX中学", 2, "4", "（如：设备到货延迟，已协调供应商）"],
          [null, "请填写区县", "请填写学校全称", "请填写数字", "请填写 1–7 的代码", "选填"],
          [1, "长兴县", "长兴县实验小学", 2, 4, null],
          [2, "长兴县", "长兴县华盛达小学", 1, 5, null],
          ["合计：2", null, null, { formula: "SUM(D6:D7)", result: 3 }, null, null],
        ],
      },
    ],
    options: { city: "湖州市" },
    expected: [
      {
        sheet: "附件2",
        layout: "huzhou-space-progress",
        headerRows: [3],
        records: 2,
        issues: [],
        skipped: [[4, "example"], [5, "instruction"], [8, "subtotal"]],
      },
    ],
  },
  {
    // Two numbers in one 联系电话 cell, as schools write them: valid when every number is.
    folder: "huzhou-space-plan",
    name: "two-numbers-one-cell",
    writer: "sheetjs-xlsx",
    sheets: [
      {
        name: "Sheet1",
        rows: [
          [PLAN_TITLE],
          ["区县：安吉县  联系人：吴二  联系电话：13811112222／0572-5123456"],
          PLAN_HEADER,
          [1, "安吉县", "安吉县第二中学", 1, "AI 教室", 40, "冯一", "13757290001／0572-5123456", null],
          [2, "安吉县", "安吉县实验小学", 1, "创客空间", 20, "褚二", "13757290002、13857290003", null],
          [3, "安吉县", "安吉县昌硕高级中学", 1, "录播教室", 30, "卫三", "13757290004 或 0572-5123457", null],
          [4, "安吉县", "安吉县天荒坪中学", 1, "阅读空间", 10, "蒋四", "手机：13757290005，座机：0572-5123458", null],
          [5, "安吉县", "安吉县孝丰中学", 1, "科学实验室", 25, "沈五", "13757290006/12345", null],
        ],
      },
    ],
    options: { city: "湖州市" },
    expected: [
      {
        sheet: "Sheet1",
        layout: "huzhou-space-plan",
        headerRows: [3],
        records: 5,
        // Only the number a digit short is wrong; the cell keeps both numbers as written.
        issues: [[8, "联系电话", "invalid-phone"]],
        values: [[4, "联系电话", "13757290001/0572-5123456"], [6, "联系电话", "13757290004 或 0572-5123457"]],
      },
    ],
  },
  {
    // A monthly report as LibreOffice saves it (.xls): stages and counts with words around the number.
    folder: "huzhou-space-progress",
    name: "stage-and-count-words",
    writer: "libreoffice-xls",
    sheets: [
      {
        name: "附件2",
        rows: [
          ["新型教学空间建设进展情况月报表（2025年6月）"],
          ["区县：德清县  联系人：钱老师  联系电话：0572-8021234"],
          ["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"],
          [1, "德清县", "德清县第一中学", "共3个", "第4阶段", null],
          [2, "德清县", "德清县实验学校", "两个", "阶段5", null],
          [3, "德清县", "德清县武康中学", "3个", "第四阶段（建设中）", null],
          [4, "德清县", "德清县新市小学", "三", "4（建设中）", null],
          [5, "德清县", "德清县乾元小学", "约2个", "第8阶段", null],
          [6, "德清县", "德清县雷甸小学", "1", "第4阶段：采购中", null],
        ],
      },
    ],
    options: { city: "湖州市" },
    expected: [
      {
        sheet: "附件2",
        layout: "huzhou-space-progress",
        headerRows: [3],
        records: 6,
        issues: [
          [4, "空间建设数量（个）", "normalized-value"],
          [4, "月度工作进展情况", "normalized-value"],
          [5, "空间建设数量（个）", "normalized-value"],
          [5, "月度工作进展情况", "normalized-value"],
          [6, "月度工作进展情况", "normalized-value"],
          [7, "空间建设数量（个）", "normalized-value"],
          [7, "月度工作进展情况", "normalized-value"],
          // Reported as what it is: an approximate count, a stage that does not exist, a number and text that disagree.
          [8, "空间建设数量（个）", "invalid-number"],
          [8, "月度工作进展情况", "invalid-choice"],
          [9, "月度工作进展情况", "invalid-choice"],
        ],
        values: [
          [4, "空间建设数量（个）", 3],
          [4, "月度工作进展情况", 4],
          [5, "空间建设数量（个）", 2],
          [5, "月度工作进展情况", 5],
          [6, "空间建设数量（个）", 3],
          [6, "月度工作进展情况", 4],
          [7, "空间建设数量（个）", 3],
          [7, "月度工作进展情况", 4],
        ],
      },
    ],
  },
  {
    // School names as stamped forms carry them: a trailing （盖章）, (盖章) or 。 is not part of the name.
    folder: "huzhou-space-plan",
    name: "stamped-school-names",
    writer: "libreoffice-ods",
    sheets: [
      {
        name: "附件1",
        rows: [
          [PLAN_TITLE],
          ["区县：长兴县  联系人：孙老师  联系电话：0572-6031234"],
          PLAN_HEADER,
          [1, "长兴县", "长兴县实验小学（盖章）", 1, "人工智能教室", 40, "孙一", "13757290011", null],
          [2, "长兴县", "长兴县实验小学。", 1, "人工智能教室", 40, "孙一", "13757290011", null],
          [3, "长兴县", "长兴中学(盖章)。", 1, "录播教室", 30, "李二", "13757290012", null],
          [4, "长兴县", "长兴县（盖章）小学", 1, "创客空间", 20, "周三", "13757290013", null],
        ],
      },
    ],
    options: { city: "湖州市" },
    expected: [
      {
        sheet: "附件1",
        layout: "huzhou-space-plan",
        headerRows: [3],
        records: 4,
        // The first two rows are one school and one space: a duplicate once the marks are gone.
        issues: [[5, "学校名称", "duplicate-row"]],
        values: [
          [4, "学校名称", "长兴县实验小学"],
          [5, "学校名称", "长兴县实验小学"],
          [6, "学校名称", "长兴中学"],
          [7, "学校名称", "长兴县(盖章)小学"],
        ],
      },
    ],
  },
  {
    // 联系电话 split into 手机 | 座机 under a second header row, the other columns merged over both
    // rows: the second row is a header; either sub-column is the phone, both are checked.
    folder: "huzhou-space-plan",
    name: "split-phone-column",
    writer: "exceljs-xlsx",
    sheets: [
      {
        name: "附件1",
        merges: ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:I3", "J3:J4"],
        rows: [
          [PLAN_TITLE],
          ["区县：南浔区  联系人：沈老师  联系电话：0572-3012345"],
          ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", null, "备注（应用方向）"],
          [null, null, null, null, null, null, null, "手机", "座机", null],
          [1, "南浔区", "南浔中学", 1, "智慧教室", 30, "陈七", "13900001111", "0572-3012346", null],
          [2, "南浔区", "南浔区实验小学", 1, "创客空间", 20, "褚八", null, "0572-3012347", null],
          [3, "南浔区", "练市中学", 1, "书法教室", 10, "卫九", "13900003333", "3012", null],
          [4, "南浔区", "双林镇中学", 1, "录播教室", 15, "蒋十", null, null, null],
        ],
      },
    ],
    options: { city: "湖州市" },
    expected: [
      {
        sheet: "附件1",
        layout: "huzhou-space-plan",
        headerRows: [3, 4],
        columns: { 学校名称: "C", 项目负责人: "G", "备注（应用方向）": "J" },
        records: 4,
        issues: [
          [7, "联系电话", "invalid-phone"],
          [8, "联系电话", "missing-value"],
        ],
        // The bad number is named at its own sub-column (座机, I); a row with neither at the field's first column.
        issueCells: [[7, "联系电话", "invalid-phone", "I"], [8, "联系电话", "missing-value", "H"]],
        values: [[5, "联系电话", "13900001111/0572-3012346"], [6, "联系电话", "0572-3012347"], [7, "联系电话", "13900003333/3012"]],
      },
    ],
  },
  {
    // The same split the other way round (办公电话 | 手机), as WPS saves it (.xls).
    folder: "huzhou-case-summary",
    name: "split-phone-column-xls",
    writer: "sheetjs-xls",
    sheets: [
      {
        name: "附件4",
        merges: ["A1:F1", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4"],
        rows: [
          ["推荐培育优秀案例汇总表"],
          ["区县：德清县"],
          ["新型教学空间优秀案例（6月30日前报送）"],
          ["序号", "案例名称", "单位", "联系人", "联系电话", null],
          [null, null, null, null, "办公电话", "手机"],
          [1, "AI 赋能的科学课堂", "德清县第一中学", "钱一", "0572-8421234", "13700001111"],
          [2, "数字阅读空间", "德清县实验学校", "孙二", null, "13700002222"],
        ],
      },
    ],
    options: { city: "湖州市" },
    expected: [
      {
        sheet: "附件4",
        layout: "huzhou-case-summary",
        headerRows: [4, 5],
        records: 2,
        issues: [],
        values: [[6, "联系电话", "0572-8421234/13700001111"], [7, "联系电话", "13700002222"], [6, "类别", "新型教学空间"]],
      },
    ],
  },
];
