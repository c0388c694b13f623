import { templateInfoLine } from "../../core/layout/template-text";
import ExcelJS from "exceljs";
import type { FieldDef, Layout } from "../../core/layout/schema";
import { CITIES, MUNICIPAL_DISTRICT } from "../../core/rules/districts";
import { STAGES } from "../../core/rules/stages";
import { writeFormTemplate } from "./form-template";
import { writeIndicatorTemplate } from "./indicator-template";
import { BORDER, setupPage, styleHeader, styleInfo, styleTitle } from "./sheet-style";
import { addValidation, ListSheet } from "./validation-lists";

export interface TemplateOptions {
  /** City whose districts fill the 区县 drop-down (`湖州市` or `湖州`); defaults to the layout's city. */
  city?: string;
  /** Blank rows given drop-downs and borders (default 200). */
  rows?: number;
}


/**
 * A blank official sheet for schools to fill: title, info line, header (two rows when the layout
 * groups columns), and drop-downs on the blank rows — the city's districts, zones and
 * `市直属学校` for a district field, stage codes 1–7, and a choice field's values (school types,
 * pilot kinds). A list longer than Excel's 255-character literal is written to the hidden sheet
 * `选项` and referenced as a range. An indicator matrix that lists its indicators is written as the
 * notice's sheet with every indicator; a form as the notice's form.
 */
export async function writeTemplateWorkbook(layout: Layout, options: TemplateOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SmartCampus roll-up";
  const sheet = workbook.addWorksheet(sheetName(layout.title));
  if (layout.kind === "indicator-matrix" && layout.indicators?.list.length) {
    setupPage(sheet, writeIndicatorTemplate(sheet, layout));
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  if (layout.kind === "form" && layout.form) {
    writeFormTemplate(sheet, layout);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const fields = layout.fields.filter((f) => !f.fromSection);
  const width = fields.length;
  styleTitle(sheet, 1, width, layout.title);
  styleInfo(sheet, 2, width, templateInfoLine(layout) || " ");
  const count = options.rows ?? 200;
  const lists = new ListSheet(workbook);
  const city = options.city ?? layout.city;
  // A sectioned sheet (湖州 附件4) repeats, per section, its section row, contact row and header.
  const markers = layout.sections?.markers ?? [undefined];
  const perSection = layout.sections ? Math.max(1, Math.ceil(count / markers.length)) : count;
  let at = 3;
  let firstHeaderEnd = 0;
  for (const marker of markers) {
    if (marker) {
      styleTitle(sheet, at++, width, marker.match);
      const label = layout.sections?.contactLabels[0];
      if (label) {
        const contact = sheet.getRow(at++);
        [label, "", "联系电话", ""].forEach((v, i) => (contact.getCell(i + 1).value = v || null));
      }
    }
    const headerEnd = writeHeader(sheet, at, fields);
    firstHeaderEnd ||= headerEnd;
    writeBlankRows(sheet, fields, headerEnd, perSection, city, lists);
    at = headerEnd + perSection + 2;
  }
  const headerEnd = firstHeaderEnd;
  setupPage(sheet, headerEnd);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Blank rows under a header: borders, text format where a number is not asked, and each column's drop-down. */
function writeBlankRows(sheet: ExcelJS.Worksheet, fields: FieldDef[], headerEnd: number, count: number, city: string | undefined, lists: ListSheet): void {
  fields.forEach((field, i) => {
    const values = listFor(field, city);
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(30, Math.max(8, [...field.name.split("/").pop()!].length * 2 + 2));
    for (let r = headerEnd + 1; r <= headerEnd + count; r++) {
      const cell = sheet.getCell(r, i + 1);
      cell.border = BORDER;
      if (field.type !== "integer" && field.type !== "number" && field.type !== "stage") cell.numFmt = "@";
    }
    if (values) {
      // One validation per column range (per-cell validations are regrouped by ExcelJS into overlapping ranges).
      const letter = column.letter;
      addValidation(sheet, `${letter}${headerEnd + 1}:${letter}${headerEnd + count}`, {
        type: "list",
        allowBlank: true,
        formulae: [lists.formula(field.name, values)],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: "请从列表中选择",
        error: `“${field.name}”请从下拉列表中选择。`,
      });
    }
  });
}

function sheetName(title: string): string {
  return title.replace(/[\\/?*[\]:]/g, "").slice(0, 31);
}

/** Header row(s); a grouped field gets its group above it (merged across the group). Returns the last header row. */
function writeHeader(sheet: ExcelJS.Worksheet, at: number, fields: FieldDef[]): number {
  const grouped = fields.some((f) => f.group);
  const top = sheet.getRow(at);
  const bottom = sheet.getRow(at + 1);
  fields.forEach((f, i) => {
    const sub = f.group ? f.name.slice(f.name.indexOf("/") + 1) : f.name;
    if (!grouped) top.getCell(i + 1).value = f.name;
    else if (f.group) {
      top.getCell(i + 1).value = f.group;
      bottom.getCell(i + 1).value = sub;
    } else top.getCell(i + 1).value = f.name;
  });
  styleHeader(top, fields.length);
  if (!grouped) return at;
  styleHeader(bottom, fields.length);
  let i = 0;
  while (i < fields.length) {
    const f = fields[i];
    if (!f.group) {
      sheet.mergeCells(at, i + 1, at + 1, i + 1);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < fields.length && fields[j + 1].group === f.group) j++;
    if (j > i) sheet.mergeCells(at, i + 1, at, j + 1);
    i = j + 1;
  }
  return at + 1;
}

function listFor(field: FieldDef, city: string | undefined): string[] | undefined {
  if (field.type === "district") {
    const c = CITIES.find((x) => x.name === city || x.short === city);
    if (!c) return undefined;
    return [...c.divisions, ...c.zones.map((z) => z.name), MUNICIPAL_DISTRICT];
  }
  if (field.type === "stage") return STAGES.map((s) => String(s.code));
  if (field.type === "choice" && field.choices?.length) return field.choices.map((c) => c.value);
  return undefined;
}
