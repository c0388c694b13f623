/**
 * Insert a blank official sheet for a layout of the catalog: title, info line, header, and on the
 * data rows drop-downs (districts of the chosen city, stage codes 1–7, school types, pilot kinds)
 * and input prompts (ExcelApi 1.8, below the add-in's floor). A list
 * longer than Excel's 255-character limit for inline lists is read from a range on a hidden sheet.
 * An indicator matrix that lists its indicators and a form are inserted as the notice's own sheet
 * (`notice-template.ts`).
 */

import type { Layout } from "../core/layout/schema";
import type { CellValue } from "../core/model/grid";
import { areaAddress, quoteSheetName } from "./a1-address";
import { queueFormSheet, queueIndicatorSheet } from "./notice-template";
import { PayloadBatch } from "./payload-batch";
import { uniqueSheetName } from "./sheet-name";
import { templateSheet, type ColumnRule } from "./template-sheet";
import { queueBlock } from "./write-block";

/** Excel's limit for a list written inline in the rule (`a,b,c`). */
export const INLINE_LIST_LIMIT = 255;
/** Excel's limits for an input prompt. */
const PROMPT_TITLE_LIMIT = 32;
const PROMPT_MESSAGE_LIMIT = 255;
export const LISTS_SHEET = "下拉选项";

export interface InsertTemplateOptions {
  /** City whose districts fill the 区县 drop-down (default: the layout's city; all of Zhejiang's without one). */
  city?: string;
  /** Blank data rows per section (default 50). */
  rows?: number;
  /** Sheet name (default: the layout's title), made unique. */
  name?: string;
}

export interface InsertedTemplate {
  sheet: string;
  /** The hidden sheet holding long lists, when one was needed. */
  listsSheet?: string;
  /** Validation rules set. */
  validations: number;
}

export async function insertTemplate(layout: Layout, options: InsertTemplateOptions = {}): Promise<InsertedTemplate> {
  const template = templateSheet(layout, options);

  return Excel.run(async (context) => {
    const book = context.workbook;
    book.worksheets.load("items/name");
    await context.sync();
    const taken = book.worksheets.items.map((s) => s.name);
    const name = uniqueSheetName(options.name ?? template.title, taken);
    const batch = new PayloadBatch(context);
    const ws = book.worksheets.add(name);
    const right = template.width - 1;
    const notice =
      layout.kind === "indicator-matrix" && layout.indicators?.list.length ? queueIndicatorSheet : layout.kind === "form" && layout.form ? queueFormSheet : undefined;
    if (notice) {
      const { validations } = await notice(batch, ws, layout);
      ws.activate();
      await batch.sync();
      return { sheet: name, validations };
    }

    await queueBlock(batch, ws, 0, 0, [[template.title], [template.info]] as CellValue[][]);
    const title = ws.getRange(areaAddress({ top: 0, left: 0, bottom: 0, right }));
    title.merge(false);
    title.format.horizontalAlignment = "Center";
    title.format.font.bold = true;
    title.format.font.size = 16;

    for (const section of template.sections) {
      const firstHeader = section.headerRow - template.headers.length + 1;
      if (section.title !== undefined) {
        const sectionRow = firstHeader - (section.contact ? 2 : 1);
        await queueBlock(batch, ws, sectionRow, 0, [[section.title], ...(section.contact ? [section.contact] : [])]);
        ws.getRange(areaAddress({ top: sectionRow, left: 0, bottom: sectionRow, right })).format.font.bold = true;
      }
      await queueBlock(batch, ws, firstHeader, 0, template.headers);
      const header = ws.getRange(areaAddress({ top: firstHeader, left: 0, bottom: section.headerRow, right }));
      header.format.font.bold = true;
      header.format.fill.color = "#DDEBF7";
      header.format.horizontalAlignment = "Center";
      header.format.wrapText = true;
      for (const m of template.headerMerges) {
        const offset = firstHeader - template.headerMerges[0].top;
        ws.getRange(areaAddress({ ...m, top: m.top + offset, bottom: m.bottom + offset })).merge(false);
      }
    }

    let validations = 0;
    let listsSheet: string | undefined;
    const longLists: string[][] = [];
    const sourceOf = (rule: ColumnRule): string => {
      const inline = rule.list!.join(",");
      if (inline.length <= INLINE_LIST_LIMIT) return inline;
      listsSheet ??= uniqueSheetName(LISTS_SHEET, [...taken, name]);
      longLists.push(rule.list!);
      const column = longLists.length - 1;
      return `=${quoteSheetName(listsSheet)}!${areaAddress({ top: 0, left: column, bottom: rule.list!.length - 1, right: column }).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
    };
    const sources = new Map(template.rules.filter((r) => r.list).map((r) => [r, sourceOf(r)]));
    if (listsSheet) {
      const lists = book.worksheets.add(listsSheet);
      const height = Math.max(...longLists.map((l) => l.length));
      await queueBlock(batch, lists, 0, 0, Array.from({ length: height }, (_v, r) => longLists.map((l) => l[r] ?? null)));
      lists.visibility = "Hidden";
    }
    for (const section of template.sections) {
      for (const rule of template.rules) {
        await batch.reserveWrite(rule);
        const dv = ws.getRange(areaAddress({ top: section.firstRow, left: rule.column, bottom: section.lastRow, right: rule.column })).dataValidation;
        dv.clear();
        const source = sources.get(rule);
        if (source !== undefined) dv.rule = { list: { inCellDropDown: true, source } };
        else if (rule.number) {
          const bound = { formula1: rule.number.min ?? 0, operator: "GreaterThanOrEqualTo" as const };
          dv.rule = rule.number.whole ? { wholeNumber: bound } : { decimal: bound };
        }
        dv.prompt = { showPrompt: true, title: rule.prompt.title.slice(0, PROMPT_TITLE_LIMIT), message: rule.prompt.message.slice(0, PROMPT_MESSAGE_LIMIT) };
        validations++;
      }
    }
    ws.getRange(areaAddress({ top: 0, left: 0, bottom: template.sections[template.sections.length - 1].lastRow, right })).format.autofitColumns();
    ws.activate();
    await batch.sync();
    return { sheet: name, ...(listsSheet ? { listsSheet } : {}), validations };
  });
}
