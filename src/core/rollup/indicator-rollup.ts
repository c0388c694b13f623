import type { Layout } from "../layout/schema";
import type { FieldValue } from "../model/record";
import type { LevelCounts } from "../rules/indicator-grade";
import { nameKey } from "../roster/name-key";
import { baseName } from "./period";
import { canonicalDistrict } from "./district-order";
import { findDuplicates } from "./duplicates";
import { NO_ISSUES, type Entry } from "./entry";
import { NONE_POINTED } from "./pointed-cells";
import { gradeOf, gradeSummary, sheetCounts, sheetSchool } from "./grades";
import type { GradeRow } from "./result";
import type { RollupKind, SheetInput } from "./rollup-kind";

/** The merged sheet's own numbering column: a school's row, not one of the layout's fields. */
const NUMBER_COLUMN = "序号";

function stem(path: string): string {
  return baseName(path).replace(/\.[^.]+$/u, "");
}

/**
 * An indicator matrix (taizhou-indicators): one sheet is one school's self-assessment, so the merged
 * sheet has one row per sheet, its columns from the layout's data: `序号`, the info line's district
 * key (`scope.infoKey`), its school key (`indicators.schoolInfoKey`), one count per level
 * (`indicators.levels[].field`: A级…D级) and the grade under `indicators.levelField` (等级). The
 * indicator rows themselves are the sheet's business.
 */
export function indicatorRollup(layout: Layout, city: string | undefined): RollupKind {
  const spec = layout.indicators!;
  const districtColumn = layout.scope?.infoKey;
  const schoolColumn = spec.schoolInfoKey;
  const levelColumn = (letter: string) => spec.levels.find((l) => l.letter === letter)?.field;
  const count = (e: Entry, letter: string) => {
    const column = levelColumn(letter);
    return column === undefined ? 0 : (e.values[column] as number);
  };
  return {
    fields: [NUMBER_COLUMN, ...(districtColumn ? [districtColumn] : []), schoolColumn, ...spec.levels.map((l) => l.field), spec.levelField],
    perSheet: true,
    schoolColumn,
    districtColumn,
    numberColumn: NUMBER_COLUMN,
    entriesOf({ path, sheet, index, infoDistrict, nextOrder }: SheetInput): Entry[] {
      const detection = sheet.detection!;
      const school = sheetSchool(sheet, detection, stem(path), schoolColumn);
      const counts = sheetCounts(sheet, spec.levelField);
      const district = canonicalDistrict(infoDistrict, city);
      const values: Record<string, FieldValue> = { [NUMBER_COLUMN]: null };
      if (districtColumn) values[districtColumn] = district;
      values[schoolColumn] = school;
      for (const level of spec.levels) values[level.field] = counts[level.letter as keyof LevelCounts] ?? 0;
      values[spec.levelField] = gradeOf(counts);
      const row = sheet.records[0]?.row ?? detection.headerRows[0] ?? 1;
      const table = sheet.kind === "word-table" ? { table: true as const } : {};
      return [{ order: nextOrder(), sheet: index, source: { path, sheet: sheet.sheet, row, ...table }, values, columns: NONE_POINTED, district, school, schoolKey: nameKey(school), issues: NO_ISSUES }];
    },
    rowKey: (_entry, index) => String(index),
    // A one-school sheet's duplicate key (an indicator's number) is about its own rows; across sheets the school repeats.
    duplicates: (kept) => findDuplicates(kept, [schoolColumn], (e) => e.schoolKey || undefined),
    complete(result, sorted) {
      const grades: GradeRow[] = sorted.map((e) => ({
        school: e.school,
        A: count(e, "A"),
        B: count(e, "B"),
        C: count(e, "C"),
        D: count(e, "D"),
        grade: String(e.values[spec.levelField]),
        district: e.district,
        source: e.source,
      }));
      result.grades = grades;
      result.gradeSummary = gradeSummary(grades);
    },
  };
}
