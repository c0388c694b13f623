import type { WriterCell } from "./cell";

/** Taizhou's 23 indicator groups (seed 001): item, indicator, first and last number (70 in all). */
const TAIZHOU_GROUPS: Array<[string, string, number, number]> = [
  ["基础设施", "校园网络", 1, 4], ["基础设施", "信息终端", 5, 8], ["基础设施", "教学环境", 9, 12], ["基础设施", "创新空间", 13, 14],
  ["基础设施", "文化空间", 15, 16], ["基础设施", "校园安全", 17, 18], ["基础设施", "数字底座", 19, 20], ["资源数据", "教学资源", 21, 24],
  ["资源数据", "资源共享", 25, 27], ["资源数据", "数据处理", 28, 30], ["应用服务", "教育管理", 31, 34], ["应用服务", "教育教学", 35, 40],
  ["应用服务", "学生学习", 41, 43], ["应用服务", "教师研修", 44, 46], ["应用服务", "教育评价", 47, 49], ["应用服务", "生活服务", 50, 52],
  ["信息素养", "教师发展", 53, 56], ["信息素养", "学生发展", 57, 60], ["保障体系", "组织领导", 61, 63], ["保障体系", "制度建设", 64, 66],
  ["保障体系", "经费保障", 67, 67], ["特色发展", "试点示范", 68, 69], ["特色发展", "研究成果", 70, 70],
];

/** 70 indicator rows from `firstRow` (1-based), item and indicator written once per group and merged down (columns B, C). */
export function taizhouIndicatorRows(firstRow: number, mark: (n: number) => WriterCell[], merged: boolean): { rows: WriterCell[][]; merges: string[] } {
  const rows: WriterCell[][] = [];
  const merges: string[] = [];
  let lastItem = "";
  let itemStart = firstRow;
  for (const [item, indicator, from, to] of TAIZHOU_GROUPS) {
    for (let n = from; n <= to; n++) {
      const first = n === from;
      const newItem = item !== lastItem;
      rows.push([n, !merged || newItem && first ? item : null, !merged || first ? indicator : null, `细则${n}`, ...mark(n)]);
    }
    if (merged && to > from) merges.push(`C${firstRow + from - 1}:C${firstRow + to - 1}`);
    if (item !== lastItem) {
      if (merged && lastItem !== "" && firstRow + from - 2 > itemStart) merges.push(`B${itemStart}:B${firstRow + from - 2}`);
      itemStart = firstRow + from - 1;
      lastItem = item;
    }
  }
  if (merged && firstRow + 69 > itemStart) merges.push(`B${itemStart}:B${firstRow + 69}`);
  return { rows, merges };
}
