import type ExcelJS from "exceljs";
import { indicatorGroups, itemGroups } from "../../core/layout/indicator-groups";
import type { Layout } from "../../core/layout/schema";
import { INDICATOR_PROMPT, INDICATOR_PROMPT_TITLE, INDICATOR_TICK, templateInfoLine } from "../../core/layout/template-text";
import { BORDER, styleHeader, styleInfo, styleTitle } from "./sheet-style";
import { addValidation } from "./validation-lists";


/**
 * The notice's indicator sheet (Taizhou): title, the info line (`学校名称：… 区县：…`), the two header rows
 * (`编号 … A级 B级 C级 D级` over `完全实现 …`), every indicator with 评价项目 and 评价指标 merged
 * down per group and the 评价细则 wrapped, a `√` drop-down and a prompt on the level cells, and the
 * notice's note. Returns the last header row.
 */
export function writeIndicatorTemplate(sheet: ExcelJS.Worksheet, layout: Layout): number {
  const spec = layout.indicators!;
  const levelFields = spec.levels.map((l) => l.field);
  const columns = layout.fields.filter((f) => f.name !== spec.levelField && !levelFields.includes(f.name)).map((f) => f.name);
  const width = columns.length + levelFields.length;
  styleTitle(sheet, 1, width, layout.title);
  styleInfo(sheet, 2, width, templateInfoLine(layout));

  const top = sheet.getRow(3);
  const bottom = sheet.getRow(4);
  [...columns, ...levelFields].forEach((name, i) => (top.getCell(i + 1).value = name));
  spec.levels.forEach((l, i) => (bottom.getCell(columns.length + i + 1).value = l.label ?? ""));
  styleHeader(top, width);
  styleHeader(bottom, width);
  columns.forEach((_c, i) => sheet.mergeCells(3, i + 1, 4, i + 1));

  const first = 5;
  // 编号, 评价项目, 评价指标, 评价细则 in the notice's order, then the levels.
  const [itemCol, indicatorCol, detailCol] = [2, 3, 4];
  for (const e of spec.list) {
    const row = sheet.getRow(first + e.no - 1);
    const values = [e.no, e.item, e.indicator, e.detail];
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = v;
      if (typeof v === "string") cell.numFmt = "@";
    });
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      cell.alignment = { vertical: "middle", horizontal: c === detailCol ? "left" : "center", wrapText: true };
    }
    row.height = Math.max(30, Math.ceil([...e.detail].length / 30) * 15);
  }
  const at = (no: number) => first + no - 1;
  for (const g of itemGroups(spec.list)) if (g.to > g.from) sheet.mergeCells(at(g.from), itemCol, at(g.to), itemCol);
  for (const g of indicatorGroups(spec.list)) if (g.to > g.from) sheet.mergeCells(at(g.from), indicatorCol, at(g.to), indicatorCol);
  const last = at(spec.list.length);

  const from = sheet.getColumn(columns.length + 1).letter;
  const to = sheet.getColumn(width).letter;
  addValidation(sheet, `${from}${first}:${to}${last}`, {
    type: "list",
    allowBlank: true,
    formulae: [`"${INDICATOR_TICK}"`],
    // Other marks (✓ ○ ● 是 1) are read too: warn, never refuse.
    showErrorMessage: false,
    showInputMessage: true,
    promptTitle: INDICATOR_PROMPT_TITLE,
    prompt: INDICATOR_PROMPT,
  });

  [6, 10, 10, 60, ...levelFields.map(() => 9)].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  if (spec.note) {
    styleInfo(sheet, last + 1, width, spec.note);
    sheet.getCell(last + 1, 1).alignment = { horizontal: "left", vertical: "middle", wrapText: true };
    sheet.getRow(last + 1).height = 30;
  }
  return 4;
}
