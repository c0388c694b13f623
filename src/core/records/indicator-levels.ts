import type { Layout } from "../layout/schema";
import { cellOf, setCell, type SourceRecord } from "../model/record";
import { gradeFromCounts, indicatorLevel, LEVELS, type Grade, type LevelCounts } from "../rules/indicator-grade";

/** What a sheet of indicators adds up to (`SheetResult.derived` of an indicator matrix). */
export interface IndicatorSummary {
  /** The school the sheet is about: its `学校名称：` line, else the title, else the file name. */
  school: string;
  schoolFrom: "info-line" | "title" | "file-name" | "none";
  counts: LevelCounts;
  /** Indicators with no readable level (none marked, several, or an unknown mark). */
  unread: number;
  /** Indicator records read (the notice has `indicators.count`). */
  indicators: number;
  grade: Grade;
}

/**
 * Sets each indicator record's level field from its tick columns (A–D) when it has no letter of
 * its own. One tick → its letter; several → the letters joined (`A、C`, which the level check
 * reports as `invalid-choice`); none → left empty (`missing-value`). An unreadable mark is kept as
 * written.
 */
export function readIndicatorLevels(layout: Layout, records: SourceRecord[]): void {
  const spec = layout.indicators;
  if (!spec) return;
  for (const record of records) {
    if (record.values[spec.levelField] !== null) continue;
    const cells = spec.levels.map((l) => record.values[l.field]);
    if (cells.every((v) => v === null)) continue;
    const reading = indicatorLevel(cells.length === 4 ? cells : [cells.find((v) => v !== null)]);
    if ("level" in reading) {
      record.values[spec.levelField] = reading.level;
    } else if (reading.problem === "multiple") {
      record.values[spec.levelField] = spec.levels.filter((l) => record.values[l.field] !== null).map((l) => l.letter).join("、");
    } else if (reading.problem === "invalid") {
      record.values[spec.levelField] = cells.filter((v) => v !== null).join("、");
    }
    const tick = spec.levels.find((l) => record.columns[l.field] !== undefined);
    if (tick) setCell(record, spec.levelField, cellOf(record, tick.field)!);
  }
}

/** The sheet's A–D counts and grade, from records whose level field already holds a letter. */
export function summarizeIndicators(layout: Layout, records: SourceRecord[], school: Pick<IndicatorSummary, "school" | "schoolFrom">): IndicatorSummary {
  const spec = layout.indicators!;
  const counts: LevelCounts = { A: 0, B: 0, C: 0, D: 0 };
  let unread = 0;
  for (const record of records) {
    const v = record.values[spec.levelField];
    if (typeof v === "string" && (LEVELS as readonly string[]).includes(v)) counts[v as keyof LevelCounts]++;
    else unread++;
  }
  // More than the notice's indicators cannot be graded as such; the grade counts what is there.
  const total = LEVELS.reduce((s, l) => s + counts[l], 0);
  const grade = total <= spec.count ? gradeFromCounts(counts) : "未达标";
  return { ...school, counts, unread, indicators: records.length, grade };
}
