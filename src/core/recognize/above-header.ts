import type { Layout } from "../layout/schema";
import { parseInfoLine } from "./info-line";
import { isSectionContactRow, sectionOpened } from "./section-row";
import type { SheetView } from "./sheet-view";

/** The rows above a header: the title (text not read as an info line) and the info-line values. */
export function readAboveHeader(view: SheetView, layout: Layout, top: number): { title?: string; info: Record<string, string> } {
  const titles: string[] = [];
  const info: Record<string, string> = {};
  for (let r = 0; r < top; r++) {
    const texts = view.texts[r] ?? [];
    // A sectioned sheet's first section row and contact row sit above its first header.
    if (sectionOpened(layout, view.keys[r] ?? []) !== undefined || isSectionContactRow(layout, view.keys[r] ?? [])) continue;
    const found = parseInfoLine(texts, layout.info);
    const keys = Object.keys(found);
    for (const k of keys) if (info[k] === undefined) info[k] = found[k];
    if (keys.length > 0 || texts.join("").includes(":")) continue;
    const text = texts.filter((t) => t !== "").join(" ");
    if (text !== "") titles.push(text.replace(/\s+/g, " "));
  }
  return titles.length ? { title: titles.join(" "), info } : { info };
}
