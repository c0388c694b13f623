import type { RollupResult } from "../rollup/result";
import { issueCells } from "./issue-cells";
import type { CellMark, ReportCell, ReportSheet } from "./report-model";

/** Columns after the layout's fields: where each row came from. */
export const SOURCE_COLUMNS = ["来源文件", "来源工作表", "来源行号"] as const;

/**
 * `汇总`: the layout's title, the info line, the official header and the merged rows with their
 * source at the right; the cells an issue points at are marked with its severity.
 */
export function summarySheet(result: RollupResult, info: string): ReportSheet {
  const fields = result.fields;
  const marks: CellMark[] = [];
  for (const [row, byField] of issueCells(result.records, result.issues, result.schoolField)) {
    for (const [field, severity] of byField) {
      const column = fields.indexOf(field);
      if (column >= 0) marks.push({ row, column, severity });
    }
  }
  marks.sort((a, b) => a.row - b.row || a.column - b.column);
  return {
    kind: "summary",
    name: "汇总",
    title: `${result.title}（汇总）`,
    info,
    blocks: [
      {
        header: [...fields, ...SOURCE_COLUMNS],
        rows: result.records.map((r): ReportCell[] => [...fields.map((f) => r.values[f] ?? null), r.source.path, r.source.sheet, r.source.row]),
        list: true,
        marks,
        overrunRows: [],
        charts: [],
      },
    ],
  };
}
