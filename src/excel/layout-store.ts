/**
 * The layouts a staffer learned or loaded, kept inside the workbook: one custom XML part per layout
 * (ExcelApi 1.5, below the add-in's floor of 1.10, so used without a check), in this add-in's namespace, holding the text of its `*.layout.json`. The parts
 * travel with the file, so whoever opens the workbook gets its layouts in the validate and roll-up
 * tabs. Reading is two syncs (the parts of our namespace, then their XML) however many layouts
 * there are; saving and deleting add one more (the write), never one per layout.
 *
 * The store keeps text, not layouts: the engine's layout-file parser checks what is read back, so a
 * part edited by hand or written by a newer version is reported with its faults, never dropped.
 */

import { PAYLOAD_BUDGET_BYTES, utf8Bytes } from "./payload-batch";
import { escapeXml, unescapeXml } from "./xml-text";

/** Namespace of the layout parts. */
export const LAYOUT_NAMESPACE = "urn:smartcampus-rollup:layouts:1";

/** One stored layout: its id and the text of its `*.layout.json`. */
export interface StoredLayoutText {
  id: string;
  text: string;
}

/** The part's XML: `<layout xmlns="…" id="…">{the file text, escaped}</layout>`. */
export function layoutToXml(stored: StoredLayoutText): string {
  return `<layout xmlns="${LAYOUT_NAMESPACE}" id="${escapeXml(stored.id)}">${escapeXml(stored.text)}</layout>`;
}

/** One part's XML → the stored layout; undefined for XML of our namespace this add-in did not write. */
export function xmlToLayout(xml: string): StoredLayoutText | undefined {
  const m = /<layout\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/layout>/.exec(xml) ?? /<layout\b[^>]*\bid="([^"]*)"[^>]*\/>()/.exec(xml);
  return m ? { id: unescapeXml(m[1]), text: unescapeXml(m[2]) } : undefined;
}

interface LoadedPart {
  part: Excel.CustomXmlPart;
  xml: OfficeExtension.ClientResult<string>;
}

/** Two syncs: the parts of our namespace, then each part's XML. */
async function loadParts(context: Excel.RequestContext): Promise<LoadedPart[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(LAYOUT_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const loaded = parts.items.map((part) => ({ part, xml: part.getXml() }));
  await context.sync();
  return loaded;
}

/** The workbook's layouts, in the order they were saved. */
export async function loadLayouts(): Promise<StoredLayoutText[]> {
  return Excel.run(async (context) => {
    const out: StoredLayoutText[] = [];
    for (const { xml } of await loadParts(context)) {
      const stored = xmlToLayout(xml.value);
      if (stored) out.push(stored);
    }
    return out;
  });
}

/**
 * Keeps a layout in the workbook, replacing the one with the same id (every part of it, should a
 * copy have been added twice). Three syncs.
 */
export async function saveLayout(stored: StoredLayoutText): Promise<void> {
  const xml = layoutToXml(stored);
  if (utf8Bytes(xml) > PAYLOAD_BUDGET_BYTES) {
    throw new Error(`版式 ${stored.id} 过大，无法保存在工作簿中（${utf8Bytes(xml)} 字节） / layout ${stored.id} is too large to keep in the workbook (${utf8Bytes(xml)} bytes)`);
  }
  await Excel.run(async (context) => {
    for (const { part, xml: old } of await loadParts(context)) {
      if (xmlToLayout(old.value)?.id === stored.id) part.delete();
    }
    context.workbook.customXmlParts.add(xml);
    await context.sync();
  });
}

/** Removes a layout from the workbook; returns whether there was one. Three syncs (two when none). */
export async function deleteLayout(id: string): Promise<boolean> {
  return Excel.run(async (context) => {
    let found = false;
    for (const { part, xml } of await loadParts(context)) {
      if (xmlToLayout(xml.value)?.id !== id) continue;
      part.delete();
      found = true;
    }
    if (found) await context.sync();
    return found;
  });
}
