/**
 * The notice's own sheets, inserted into Excel: an indicator matrix with every indicator (Taizhou)
 * and a form with its boxes (Zhangjiagang). Queued on the caller's batch, so the syncs do not grow.
 */

import { indicatorGroups, itemGroups } from "../core/layout/indicator-groups";
import type { Layout } from "../core/layout/schema";
import { INDICATOR_PROMPT, INDICATOR_PROMPT_TITLE, INDICATOR_TICK, itemBoxChoices, itemsPrompt, SEAL_BOX_LINES, templateInfoLine } from "../core/layout/template-text";
import type { CellValue } from "../core/model/grid";
import { areaAddress } from "./a1-address";
import type { PayloadBatch } from "./payload-batch";
import { queueBlock } from "./write-block";

type Area = { top: number; left: number; bottom: number; right: number };

function range(ws: Excel.Worksheet, area: Area): Excel.Range {
  return ws.getRange(areaAddress(area));
}

/** Title, the info line (`学校名称：… 区县：…`), two header rows, the indicators (groups merged, 细则 wrapped), `√` drop-downs. Returns rules set and the last row. */
export async function queueIndicatorSheet(batch: PayloadBatch, ws: Excel.Worksheet, layout: Layout): Promise<{ validations: number; lastRow: number }> {
  const spec = layout.indicators!;
  const levelFields = spec.levels.map((l) => l.field);
  const columns = layout.fields.filter((f) => f.name !== spec.levelField && !levelFields.includes(f.name)).map((f) => f.name);
  const right = columns.length + levelFields.length - 1;
  const first = 4;
  const last = first + spec.list.length - 1;
  const rows: CellValue[][] = [
    [layout.title],
    [templateInfoLine(layout)],
    [...columns, ...levelFields],
    [...columns.map(() => null), ...spec.levels.map((l) => l.label ?? null)],
    ...spec.list.map((e) => [e.no, e.item, e.indicator, e.detail]),
    ...(spec.note ? [[spec.note]] : []),
  ];
  await queueBlock(batch, ws, 0, 0, rows);
  const title = range(ws, { top: 0, left: 0, bottom: 0, right });
  title.merge(false);
  title.format.horizontalAlignment = "Center";
  title.format.font.bold = true;
  title.format.font.size = 16;
  range(ws, { top: 1, left: 0, bottom: 1, right }).merge(false);
  const header = range(ws, { top: 2, left: 0, bottom: 3, right });
  header.format.font.bold = true;
  header.format.fill.color = "#DDEBF7";
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  columns.forEach((_c, c) => range(ws, { top: 2, left: c, bottom: 3, right: c }).merge(false));
  const at = (no: number) => first + no - 1;
  for (const g of itemGroups(spec.list)) if (g.to > g.from) range(ws, { top: at(g.from), left: 1, bottom: at(g.to), right: 1 }).merge(false);
  for (const g of indicatorGroups(spec.list)) if (g.to > g.from) range(ws, { top: at(g.from), left: 2, bottom: at(g.to), right: 2 }).merge(false);
  const body = range(ws, { top: first, left: 0, bottom: last, right });
  body.format.verticalAlignment = "Center";
  body.format.wrapText = true;
  range(ws, { top: 0, left: 3, bottom: last, right: 3 }).format.columnWidth = 360;
  if (spec.note) range(ws, { top: last + 1, left: 0, bottom: last + 1, right }).merge(false);
  const rule = { list: { inCellDropDown: true, source: INDICATOR_TICK } };
  const prompt = { showPrompt: true, title: INDICATOR_PROMPT_TITLE, message: INDICATOR_PROMPT };
  await batch.reserveWrite([rule, prompt]);
  const dv = range(ws, { top: first, left: columns.length, bottom: last, right }).dataValidation;
  dv.clear();
  dv.rule = rule;
  dv.prompt = prompt;
  // Other marks (✓ ○ ● 是 1) are read too: never refuse them.
  dv.errorAlert = { showAlert: false, style: "Warning", title: "", message: "" };
  return { validations: 1, lastRow: last };
}

/** Title; 学校名称 and its seal line; the items label and one cell per item (`□智能环境`, drop-down `□…,☑…`); the other boxes. */
export async function queueFormSheet(batch: PayloadBatch, ws: Excel.Worksheet, layout: Layout): Promise<{ validations: number; lastRow: number }> {
  const form = layout.form!;
  const right = form.items.length;
  const noteAt = form.nameNote ? right - 1 : right + 1;
  const rows: CellValue[][] = [
    [layout.title],
    [form.nameLabels[0], ...Array.from({ length: right }, (_v, c) => (c + 1 === noteAt && form.nameNote ? form.nameNote : null))],
    [`${form.itemsLabels[0]}${form.itemsNote ?? ""}`, ...form.items.map((item) => itemBoxChoices(item)[0])],
    ...form.rows.map((r) => [r.label, r.note ?? null]),
  ];
  await queueBlock(batch, ws, 0, 0, rows);
  const last = rows.length - 1;
  const title = range(ws, { top: 0, left: 0, bottom: 0, right });
  title.merge(false);
  title.format.horizontalAlignment = "Center";
  title.format.font.bold = true;
  title.format.font.size = 16;
  range(ws, { top: 1, left: 1, bottom: 1, right: noteAt - 1 }).merge(false);
  if (form.nameNote) range(ws, { top: 1, left: noteAt, bottom: 1, right }).merge(false);
  const labels = range(ws, { top: 1, left: 0, bottom: last, right: 0 });
  labels.format.font.bold = true;
  labels.format.wrapText = true;
  labels.format.columnWidth = 150;
  form.rows.forEach((r, i) => {
    const box = range(ws, { top: 3 + i, left: 1, bottom: 3 + i, right });
    box.merge(false);
    box.format.wrapText = true;
    box.format.rowHeight = Math.max(27, r.lines * 15);
    box.format.verticalAlignment = r.lines > SEAL_BOX_LINES ? "Top" : "Bottom";
    box.format.horizontalAlignment = r.lines > SEAL_BOX_LINES ? "Left" : "Right";
  });
  for (const [i, item] of form.items.entries()) {
    const rule = { list: { inCellDropDown: true, source: itemBoxChoices(item).join(",") } };
    const prompt = { showPrompt: true, title: form.itemsLabels[0].slice(0, 32), message: itemsPrompt(form.minItems) };
    await batch.reserveWrite([rule, prompt]);
    const dv = range(ws, { top: 2, left: 1 + i, bottom: 2, right: 1 + i }).dataValidation;
    dv.clear();
    dv.rule = rule;
    dv.prompt = prompt;
    dv.errorAlert = { showAlert: false, style: "Warning", title: "", message: "" };
  }
  return { validations: form.items.length, lastRow: last };
}
