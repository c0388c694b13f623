/**
 * Loading and saving mark records in the workbook's custom XML parts (ExcelApi 1.5, below the
 * add-in's floor). Two syncs to load (the parts of our namespace, then their XML); saving is queued
 * with the marks it describes.
 */

import { MARK_NAMESPACE, recordToXml, xmlToRecord, type MarkRecord } from "./mark-record";
import type { PayloadBatch } from "./payload-batch";

export interface StoredRecord {
  record: MarkRecord;
  /** The parts holding it (to delete when cleared). */
  parts: Excel.CustomXmlPart[];
}

/** Queue the load of our parts. Queue `queuePartXml` after the next sync. */
export function queuePartList(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(MARK_NAMESPACE);
  parts.load("items/id");
  return parts;
}

/** After the sync that loaded the list: queue each part's XML. */
export function queuePartXml(list: Excel.CustomXmlPartScopedCollection): Array<{ part: Excel.CustomXmlPart; xml: OfficeExtension.ClientResult<string> }> {
  return list.items.map((part) => ({ part, xml: part.getXml() }));
}

/** After the sync that loaded the XML: the record of one sheet (its parts merged), if any. */
export function recordOf(sheetId: string, loaded: Array<{ part: Excel.CustomXmlPart; xml: OfficeExtension.ClientResult<string> }>): StoredRecord | undefined {
  const found: StoredRecord = { record: { sheetId, cells: [] }, parts: [] };
  for (const { part, xml } of loaded) {
    const record = xmlToRecord(xml.value);
    if (record?.sheetId !== sheetId) continue;
    found.record.cells.push(...record.cells);
    found.parts.push(part);
  }
  return found.parts.length ? found : undefined;
}

/** Queue the deletion of a record. */
export function queueForget(stored: StoredRecord): void {
  for (const part of stored.parts) part.delete();
}

/** Queue the saving of a record; returns the parts added (to rewrite once comment ids are known). */
export async function queueSave(context: Excel.RequestContext, batch: PayloadBatch, record: MarkRecord): Promise<Excel.CustomXmlPart[]> {
  const parts: Excel.CustomXmlPart[] = [];
  for (const xml of recordToXml(record)) {
    await batch.reserveWrite(xml);
    parts.push(context.workbook.customXmlParts.add(xml));
  }
  return parts;
}

/** Queue rewriting parts saved by `queueSave` with the record's final content (same split). */
export async function queueRewrite(batch: PayloadBatch, parts: Excel.CustomXmlPart[], record: MarkRecord): Promise<void> {
  const xmls = recordToXml(record);
  for (let i = 0; i < parts.length; i++) {
    await batch.reserveWrite(xmls[i]);
    parts[i].setXml(xmls[i]);
  }
}
