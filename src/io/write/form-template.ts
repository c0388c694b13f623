import type ExcelJS from "exceljs";
import type { Layout } from "../../core/layout/schema";
import { itemBoxChoices, itemsPrompt, SEAL_BOX_LINES } from "../../core/layout/template-text";
import { BORDER, styleTitle } from "./sheet-style";
import { addValidation } from "./validation-lists";

const FONT = "宋体";

/**
 * The notice's form (Zhangjiagang): title; 学校名称 with its seal line; the items label and one
 * cell per item (`□智能环境`, a drop-down of `□智能环境,☑智能环境`); then the form's other boxes,
 * label on the left and its hint or seal line in the box. One column for labels, one per item.
 */
export function writeFormTemplate(sheet: ExcelJS.Worksheet, layout: Layout): void {
  const form = layout.form!;
  const width = 1 + form.items.length;
  styleTitle(sheet, 1, width, layout.title);
  const label = (row: number, text: string) => {
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.numFmt = "@";
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  const box = (row: number, left: number, right: number, text: string, align: Partial<ExcelJS.Alignment>) => {
    const cell = sheet.getCell(row, left);
    if (text !== "") cell.value = text;
    cell.numFmt = "@";
    cell.font = { name: FONT, size: 11 };
    cell.alignment = { wrapText: true, ...align };
    if (right > left) sheet.mergeCells(row, left, row, right);
  };

  label(2, form.nameLabels[0]);
  const noteAt = form.nameNote ? width - 1 : width + 1;
  box(2, 2, noteAt - 1, "", { horizontal: "left", vertical: "middle" });
  if (form.nameNote) box(2, noteAt, width, form.nameNote, { horizontal: "right", vertical: "bottom" });
  sheet.getRow(2).height = 36;

  label(3, `${form.itemsLabels[0]}${form.itemsNote ?? ""}`);
  form.items.forEach((item, i) => {
    const [empty, ticked] = itemBoxChoices(item);
    box(3, 2 + i, 2 + i, empty, { horizontal: "center", vertical: "middle" });
    addValidation(sheet, `${sheet.getColumn(2 + i).letter}3`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${empty},${ticked}"`],
      showErrorMessage: false,
      showInputMessage: true,
      promptTitle: form.itemsLabels[0],
      prompt: itemsPrompt(form.minItems),
    });
  });
  sheet.getRow(3).height = 36;

  form.rows.forEach((r, i) => {
    const row = 4 + i;
    label(row, r.label);
    box(row, 2, width, r.note ?? "", r.lines > SEAL_BOX_LINES ? { horizontal: "left", vertical: "top" } : { horizontal: "right", vertical: "bottom" });
    sheet.getRow(row).height = Math.max(36, r.lines * 15);
  });

  for (let r = 2; r < 4 + form.rows.length; r++) for (let c = 1; c <= width; c++) sheet.getCell(r, c).border = BORDER;
  sheet.getColumn(1).width = 22;
  for (let c = 2; c <= width; c++) sheet.getColumn(c).width = 13;
  sheet.pageSetup = { ...sheet.pageSetup, paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true };
}

