import { columnLetter } from "../messages/column-letter";
import { issueSentence, type Locale } from "../messages/format-issue";
import { paramsOf } from "../model/issue";
import type { RollupResult } from "../rollup/result";
import { listSheet, plainBlock, type ReportSheet } from "./report-model";
import type { ReportWords } from "./report-words";

/** Column of `问题清单` shown in the issue's severity colour. */
const SEVERITY_COLUMN = 6;

/**
 * `问题清单`: every issue with its location in columns of its own (file, sheet, row, column letter,
 * field), its code, its severity and its sentence in the locale.
 */
export function issuesSheet(result: RollupResult, locale: Locale, words: ReportWords): ReportSheet {
  const block = plainBlock(
    ["文件", "工作表", "行号", "列", "字段", "问题代码", "级别", "说明"],
    result.issues.map((i) => [
      i.path ?? null,
      i.sheet ?? null,
      i.row ?? null,
      i.column !== undefined ? columnLetter(i.column) : null,
      i.field ?? null,
      i.code,
      words[i.severity],
      issueSentence(i, locale),
    ]),
    true,
  );
  block.marks = result.issues.map((i, row) => ({ row, column: SEVERITY_COLUMN, severity: i.severity }));
  return { kind: "issues", name: "问题清单", title: `${result.title}（问题清单）`, blocks: [block] };
}

/** `未报送`: the roster's entries with no submission, the closest submitting name beside each. Absent without any. */
export function missingSheet(result: RollupResult): ReportSheet | undefined {
  const missing = result.issues.filter((i) => i.code === "not-submitted");
  if (!missing.length) return undefined;
  const rows = missing.map((i) => {
    const p = paramsOf(i, "not-submitted") ?? {};
    return [i.value ?? null, p.district ?? null, p.suggestion ?? null, i.path ?? null, i.row ?? null, p.schoolType ?? null];
  });
  return listSheet("missing", "未报送", `${result.title}（未报送）`, ["名称", "区县", "可能的对应名称", "名单文件", "名单行号", "学校类型"], rows);
}
