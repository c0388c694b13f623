/**
 * A blank official sheet for a layout, as plain data: title, info line, header rows (a grouped
 * header takes two), sections, and the drop-down list and prompt of each column.
 */

import { templateInfoLine } from "../core/layout/template-text";
import type { Layout, FieldDef } from "../core/layout/schema";
import { CITIES, MUNICIPAL_DISTRICT } from "../core/rules/districts";
import { STAGES } from "../core/rules/stages";

export interface ColumnRule {
  /** 0-based column. */
  column: number;
  /** Allowed values (a drop-down), absent for a free or numeric column. */
  list?: string[];
  /** A whole number or decimal at least `min`. */
  number?: { whole: boolean; min?: number; max?: number };
  /** Input prompt shown when the cell is selected. */
  prompt: { title: string; message: string };
}

export interface TemplateSection {
  /** The section row (`新型教学空间优秀案例（6月30日前报送）`) and its contact row labels. */
  title?: string;
  contact?: string[];
  /** 0-based row of the (last) header row. */
  headerRow: number;
  /** First and last 0-based data row. */
  firstRow: number;
  lastRow: number;
}

export interface TemplateSheet {
  title: string;
  info: string;
  /** One or two header rows, in columns. */
  headers: string[][];
  /** Header cells merged (a group's span, a non-grouped field down both rows). */
  headerMerges: Array<{ top: number; left: number; bottom: number; right: number }>;
  sections: TemplateSection[];
  rules: ColumnRule[];
  width: number;
}

/** The districts a city's sheets may name: its divisions, its functional zones, 市直属学校. */
export function districtChoices(city: string | undefined): string[] {
  const found = CITIES.find((c) => c.name === city || c.short === city);
  const cities = found ? [found] : CITIES;
  return [...cities.flatMap((c) => [...c.divisions, ...c.zones.map((z) => z.name)]), MUNICIPAL_DISTRICT];
}

function ruleOf(field: FieldDef, column: number, city: string | undefined): ColumnRule | undefined {
  const required = field.required ? "（必填）" : "";
  const title = field.name.split("/").pop()!.slice(0, 32);
  switch (field.type) {
    case "district":
      return { column, list: districtChoices(city), prompt: { title, message: `从下拉列表选择区县${required}` } };
    case "stage":
      return { column, list: STAGES.map((s) => String(s.code)), prompt: { title, message: `填写阶段代码 1–7${required}：${STAGES.map((s) => `${s.code} ${s.text}`).join("；")}` } };
    case "choice":
      return { column, list: (field.choices ?? []).map((c) => c.value), prompt: { title, message: `从下拉列表选择${required}` } };
    case "integer":
    case "number": {
      const unit = field.unit ? `，单位：${field.unit}` : "";
      const min = field.min !== undefined ? `，不小于 ${field.min}` : "";
      return { column, number: { whole: field.type === "integer", min: field.min, max: field.max }, prompt: { title, message: `填写${field.type === "integer" ? "整数" : "数字"}${min}${unit}${required}` } };
    }
    case "phone":
      return { column, prompt: { title, message: `手机或固定电话，如 13800000000 或 0572-1234567${required}` } };
    case "email":
      return { column, prompt: { title, message: `电子邮箱${required}` } };
    case "postcode":
      return { column, prompt: { title, message: `六位邮政编码${required}` } };
    default:
      return field.required ? { column, prompt: { title, message: "必填" } } : undefined;
  }
}

/** The template of `layout`; `rows` blank data rows per section; `city` picks the district list. */
export function templateSheet(layout: Layout, options: { city?: string; rows?: number } = {}): TemplateSheet {
  const rows = options.rows ?? 50;
  const city = options.city ?? layout.city;
  const fields = layout.fields.filter((f) => !f.fromSection);
  const grouped = fields.some((f) => f.group);
  const top = fields.map((f) => f.group ?? f.name);
  const sub = fields.map((f) => (f.group ? f.name.slice(f.group.length + 1) : ""));
  const headers = grouped ? [top, sub] : [top];
  const info = templateInfoLine(layout);
  const headerMerges: TemplateSheet["headerMerges"] = [];

  const sections: TemplateSection[] = [];
  let row = 2;
  const markers = layout.sections?.markers ?? [undefined];
  for (const marker of markers) {
    const section: Partial<TemplateSection> = {};
    if (marker) {
      section.title = marker.match;
      section.contact = layout.sections?.contactLabels.length ? [layout.sections.contactLabels[0], "", "联系电话", ""] : undefined;
      row += section.contact ? 2 : 1;
    }
    if (grouped) {
      fields.forEach((f, c) => {
        if (!f.group) headerMerges.push({ top: row, left: c, bottom: row + 1, right: c });
        else if (fields[c - 1]?.group !== f.group) {
          let end = c;
          while (fields[end + 1]?.group === f.group) end++;
          headerMerges.push({ top: row, left: c, bottom: row, right: end });
        }
      });
    }
    const headerRow = row + headers.length - 1;
    sections.push({ ...section, headerRow, firstRow: headerRow + 1, lastRow: headerRow + rows });
    row = headerRow + rows + 2;
  }

  const rules = fields.flatMap((f, c) => ruleOf(f, c, city) ?? []);
  return { title: layout.title, info, headers, headerMerges, sections, rules, width: fields.length };
}
