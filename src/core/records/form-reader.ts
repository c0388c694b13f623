import type { Layout } from "../layout/schema";
import { sourceColumn, sourceRow, type Grid } from "../model/grid";
import { setCell, type SourceRecord } from "../model/record";
import { schoolName } from "../normalize/school-name";
import { normalizeName, normalizeText } from "../normalize/text";
import type { Recognition } from "../recognize/recognition";
import { cellAt } from "../recognize/sheet-view";
import { levelForCount } from "../rules/feature-level";
import { readBoxStates } from "../rules/ticks";

/** What a form adds up to (`SheetResult.derived` of a form). */
export interface FormSummary {
  school: string;
  ticked: string[];
  count: number;
  level: string;
}

// A school's name cell also holds `(盖章) 年 月 日` to be filled in by hand.
const NAME_NOISE = /\(\s*(盖章|公章)\s*\)|(\d{4}|\s)\s*年\s*(\d{1,2}|\s)\s*月\s*(\d{1,2}|\s)?\s*日|[_]+/g;

/**
 * Reads a form: the school's name beside its label, and the items ticked beside the items label
 * (`☑智能环境 □智慧教学 …`, in one cell or several; the row below is read too when it continues).
 */
export function readForm(grid: Grid, rec: Recognition): { record: SourceRecord; summary: FormSummary } | undefined {
  const layout: Layout = rec.layout;
  const form = layout.form!;
  const cells = rec.formCells ?? {};
  const [nameField, itemsField, countField, levelField] = layout.fields.map((f) => f.name);
  const record: SourceRecord = { row: 0, values: {}, columns: {} };
  for (const f of layout.fields) record.values[f.name] = null;
  const nameAt = cells[nameField];
  if (nameAt) {
    const name = schoolName(normalizeName(stripLabel(normalizeText(cellAt(grid, nameAt[0], nameAt[1])), form.nameLabels).replace(NAME_NOISE, " ")));
    record.row = sourceRow(grid, nameAt[0]);
    if (name !== "") {
      record.values[nameField] = name;
      setCell(record, nameField, { row: record.row, column: sourceColumn(grid, nameAt[1]) });
    }
  }
  const ticked: string[] = [];
  const itemsAt = cells[itemsField];
  if (itemsAt) {
    const [r] = itemsAt;
    const line = (rr: number) => (grid.rows[rr] ?? []).slice(itemsAt[1]).map((v) => normalizeText(v)).join(" ");
    let states = readBoxStates(line(r));
    if (states.length === 0) states = readBoxStates(line(r + 1));
    for (const item of form.items) {
      if (states.some((s) => s.ticked && s.name.replace(/\s+/g, "").startsWith(item))) ticked.push(item);
    }
    record.values[itemsField] = ticked.join("、");
    if (record.row === 0) record.row = sourceRow(grid, r);
    setCell(record, itemsField, { row: sourceRow(grid, r), column: sourceColumn(grid, itemsAt[1]) });
  }
  if (record.row === 0) return undefined;
  const level = levelForCount(ticked.length);
  if (countField) record.values[countField] = ticked.length;
  if (levelField) record.values[levelField] = level === "" ? null : level;
  return { record, summary: { school: String(record.values[nameField] ?? ""), ticked, count: ticked.length, level } };
}

/** `学校名称：XX小学` in one cell → `XX小学`; a bare label → "". */
function stripLabel(text: string, labels: readonly string[]): string {
  const compact = text.replace(/\s+/g, "");
  for (const label of labels) {
    if (compact === label) return "";
    const m = new RegExp(`^${label.split("").join("\\s*")}\\s*[:：]\\s*`).exec(text);
    if (m) return text.slice(m[0].length);
  }
  return text;
}
