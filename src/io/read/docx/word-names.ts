import type { SaxesTagNS } from "saxes";

/** WordprocessingML's namespace (transitional, as Word, WPS and LibreOffice write it; and strict). */
const MAIN = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
/** Word 2010's extensions: the content-control check box (`w14:checkbox`). */
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
/** Markup compatibility: `mc:Fallback` repeats `mc:Choice` for older readers. */
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** The element's name in WordprocessingML (`tbl`, `tc` …), `w14:` + name for Word 2010's, `mc:` + name, else "". */
export function wordName(tag: SaxesTagNS): string {
  if (MAIN.has(tag.uri)) return tag.local;
  if (tag.uri === W14) return `w14:${tag.local}`;
  if (tag.uri === MC) return `mc:${tag.local}`;
  return "";
}

/** An attribute by local name in the element's own vocabulary (`w:val`, `w14:val`), or unqualified. */
export function attribute(tag: SaxesTagNS, local: string): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === local && (a.uri === "" || MAIN.has(a.uri) || a.uri === W14)) return a.value;
  }
  return undefined;
}

/** An on/off property (`<w:checked/>`, `w:val="1"`, `"true"`, `"on"`). */
export function isOn(tag: SaxesTagNS): boolean {
  const value = attribute(tag, "val");
  return value === undefined || value === "1" || value === "true" || value === "on";
}
