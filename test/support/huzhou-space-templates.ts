/**
 * 湖州 附件1 (新型教学空间建设计划汇总表) and 附件2 (进展情况月报表) as the notice issues them: title
 * and header row, written literally as a school receives them (not taken from the layout data, so a
 * test of recognition cannot agree with itself).
 */
export const PLAN_TITLE = "新型教学空间建设计划汇总表";
export const PLAN_HEADER = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
export const PROGRESS_TITLE = "新型教学空间建设进展情况月报表";
export const PROGRESS_HEADER = ["序号", "区县", "学校名称", "空间建设数量（个）", "月度工作进展情况", "存在问题或困难及解决措施"];
