import type { Catalog } from "../layouts/catalog";
import { headerBase } from "../normalize/header-key";
import { headerIndex } from "./header-index";
import { REQUIRED_SHARE } from "./header-recognizer";
import type { SheetView } from "./sheet-view";

/**
 * One inverted index over every layout of a catalog: header key → the layouts (and fields) it may
 * name. A sheet is scored only against the layouts its header keys could make acceptable, so the
 * cost of recognition grows with the layouts a sheet resembles, not with the catalog's size (8
 * built-ins plus a county's learned layouts). Built once per catalog.
 */
interface CatalogIndex {
  /** Header key (one-row key, base key, sub-header) → [layout position, field number] pairs. */
  byKey: Map<string, Array<[number, number]>>;
  /** Per layout: field number of each required column, the required total, whether a form. */
  layouts: Array<{ required: Set<number>; requiredTotal: number; form: boolean }>;
}

const CACHE = new WeakMap<Catalog, CatalogIndex>();

function indexOf(catalog: Catalog): CatalogIndex {
  const cached = CACHE.get(catalog);
  if (cached) return cached;
  const byKey = new Map<string, Array<[number, number]>>();
  const layouts: CatalogIndex["layouts"] = [];
  catalog.layouts.forEach((layout, li) => {
    const fieldNo = new Map(layout.fields.map((f, i) => [f.name, i]));
    const add = (key: string, field: string) => {
      const fi = fieldNo.get(field);
      if (key === "" || fi === undefined) return;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [[li, fi]]);
      else if (!list.some(([l, f]) => l === li && f === fi)) list.push([li, fi]);
    };
    const index = headerIndex(layout);
    for (const [key, hits] of index.flat) for (const h of hits) add(key, h.field);
    for (const subs of index.subs.values()) for (const [key, hit] of subs) add(key, hit.field);
    const required = new Set(index.requiredColumns.map((f) => fieldNo.get(f)!).filter((i) => i !== undefined));
    layouts.push({ required, requiredTotal: index.requiredColumns.length + (layout.indicators ? 1 : 0), form: layout.kind === "form" });
  });
  const built = { byKey, layouts };
  CACHE.set(catalog, built);
  return built;
}

/**
 * Which layouts of the catalog to score a sheet against: `acceptable`, those whose header keys on
 * the sheet could give the required share (and two columns) — no other can be accepted; `named`,
 * those any header key names at all — the only ones a header can be read as, so the closest near
 * miss is among them. Forms are recognised by their labels and always in both. Positions in
 * catalog order.
 */
export function candidateLayouts(view: SheetView, catalog: Catalog): { acceptable: number[]; named: number[] } {
  const index = indexOf(catalog);
  const seen = new Set<string>();
  const hits = new Map<number, Set<number>>();
  const look = (key: string) => {
    if (key === "" || seen.has(key)) return;
    seen.add(key);
    const found = index.byKey.get(key);
    if (!found) return;
    for (const [l, f] of found) {
      let fields = hits.get(l);
      if (!fields) hits.set(l, (fields = new Set()));
      fields.add(f);
    }
  };
  for (let r = 0; r < view.height; r++) {
    const keys = view.keys[r] ?? [];
    const below = view.keys[r + 1] ?? [];
    for (let c = 0; c < keys.length; c++) {
      const k = keys[c];
      if (k === "") continue;
      look(k);
      if (k.includes("(")) look(headerBase(k));
      // A header split over two rows is also read joined (`预算金额` over `(万元)`).
      const low = below[c];
      if (low) look(k + low);
    }
  }
  const acceptable: number[] = [];
  const named: number[] = [];
  index.layouts.forEach((l, li) => {
    const fields = hits.get(li);
    if (l.form || fields) named.push(li);
    if (l.form) {
      acceptable.push(li);
      return;
    }
    if (!fields || fields.size < 2) return;
    let required = 0;
    for (const f of fields) if (l.required.has(f)) required++;
    const bound = Math.min(l.requiredTotal, required + (l.requiredTotal > l.required.size ? 1 : 0));
    const share = l.requiredTotal === 0 ? 1 : bound / l.requiredTotal;
    if (share >= REQUIRED_SHARE) acceptable.push(li);
  });
  return { acceptable, named };
}
