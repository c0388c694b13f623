import { detached } from "./detached";
import { NotHandled } from "./not-handled";
import { unescapeXml } from "./xml-text";

// The patterns SheetJS 0.20.3 reads a string item (`<si>`, an inline `<is>`) with.
const PLAIN = /^\s*<(?:\w+:)?t[^>]*>/;
const PLAIN_END = /<\/(?:\w+:)?t>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TAG = /<[^<>]*>/g;

/**
 * One string item's text, as SheetJS reads it: a plain `<t>`'s content, or a rich text's runs
 * joined (phonetic runs left out); `undefined` for an item with neither (SheetJS gives no text).
 */
export function stringItemText(x: string): string | undefined {
  if (!x) return "";
  if (PLAIN.test(x)) return unescapeXml(x.slice(x.indexOf(">") + 1).split(PLAIN_END)[0] || "", true);
  if (RUN.test(x)) {
    const runs = (x.replace(PHONETIC, "").match(RUN_TEXT) || []).join("").replace(TAG, "");
    return unescapeXml(runs, true);
  }
  return undefined;
}

/** `xl/sharedStrings.xml` → the text of each item, in order, each its own string (not a view of the table's XML). */
export function parseSharedStrings(xml: string): Array<string | undefined> {
  const open = xml.indexOf("<sst");
  if (open < 0) {
    if (/<\w+:sst\b/.test(xml)) throw new NotHandled("prefixed shared strings");
    return [];
  }
  const start = xml.indexOf(">", open) + 1;
  const end = xml.lastIndexOf("</sst>");
  const body = end < 0 ? "" : xml.slice(start, end);
  if (/<\w+:si>|<sstItem>/.test(body)) throw new NotHandled("unusual string items");
  const out: Array<string | undefined> = [];
  const parts = body.replace(/<si>/g, "").split("</si>");
  for (const part of parts) {
    const text = stringItemText(part.trim());
    out.push(text === undefined ? undefined : detached(text));
  }
  return out;
}
