import type { Layout } from "../layout/schema";
import { headerBase, headerKey } from "../normalize/header-key";

/** How well a header text names a field: lower is better. */
export const MatchQuality = { Name: 0, Alias: 1, BaseName: 2, BaseAlias: 3 } as const;
export type MatchQuality = number;

export interface FieldHit {
  field: string;
  quality: MatchQuality;
}

/** A layout's header texts, keyed for O(1) lookup; built once per layout. */
export interface HeaderIndex {
  /** One-row header key → fields it may name. */
  flat: Map<string, FieldHit[]>;
  /** Group parent key → group name. */
  groups: Map<string, string>;
  /** Group name → sub-header key → field. */
  subs: Map<string, Map<string, FieldHit>>;
  /** Field → keys of the sub-headers its column may be split into (`联系电话` → 手机, 座机 …). */
  splits: Map<string, Set<string>>;
  /** Every key of `splits`, for telling a second header row from data. */
  splitKeys: Set<string>;
  /** Fields a sheet must have a column for to be this layout. */
  requiredColumns: string[];
  /** Other fields a column may hold. */
  optionalColumns: string[];
}

const CACHE = new WeakMap<Layout, HeaderIndex>();

function add(map: Map<string, FieldHit[]>, key: string, hit: FieldHit): void {
  if (key === "") return;
  const hits = map.get(key);
  if (!hits) map.set(key, [hit]);
  else if (!hits.some((h) => h.field === hit.field && h.quality <= hit.quality)) hits.push(hit);
}

/** The header index of a layout (cached). */
export function headerIndex(layout: Layout): HeaderIndex {
  const cached = CACHE.get(layout);
  if (cached) return cached;
  const flat = new Map<string, FieldHit[]>();
  const groups = new Map<string, string>();
  const subs = new Map<string, Map<string, FieldHit>>();
  const groupNames = new Map(layout.groups.map((g) => [g.name, [g.name, ...g.aliases]]));
  for (const g of layout.groups) {
    for (const name of [g.name, ...g.aliases]) groups.set(headerKey(name), g.name);
    subs.set(g.name, new Map());
  }
  for (const field of layout.fields) {
    if (field.fromSection && field.aliases.length === 0) continue;
    if (field.group) {
      const sub = field.name.slice(field.name.indexOf("/") + 1);
      const subTexts = [sub, ...field.aliases];
      const subMap = subs.get(field.group)!;
      subTexts.forEach((text, i) => {
        const key = headerKey(text);
        if (!subMap.has(key)) subMap.set(key, { field: field.name, quality: i === 0 ? MatchQuality.Name : MatchQuality.Alias });
      });
      add(flat, headerKey(field.name), { field: field.name, quality: MatchQuality.Name });
      for (const parent of groupNames.get(field.group) ?? [field.group]) {
        for (const text of subTexts) add(flat, headerKey(parent + text), { field: field.name, quality: MatchQuality.Alias });
      }
      continue;
    }
    const name = headerKey(field.name);
    add(flat, name, { field: field.name, quality: MatchQuality.Name });
    for (const alias of field.aliases) add(flat, headerKey(alias), { field: field.name, quality: MatchQuality.Alias });
    add(flat, headerBase(name), { field: field.name, quality: MatchQuality.BaseName });
    for (const alias of field.aliases) add(flat, headerBase(headerKey(alias)), { field: field.name, quality: MatchQuality.BaseAlias });
  }
  for (const hits of flat.values()) hits.sort((a, b) => a.quality - b.quality);
  const levelField = layout.indicators?.levelField;
  const requiredColumns: string[] = [];
  const optionalColumns: string[] = [];
  for (const field of layout.fields) {
    if (field.fromSection || (field.fromInfo && !field.required)) continue;
    // A field filled from the info line, or the level a matrix may read from tick columns, need no column of its own.
    const needsColumn = field.required && !field.fromInfo && field.name !== levelField;
    (needsColumn ? requiredColumns : optionalColumns).push(field.name);
  }
  const splits = new Map<string, Set<string>>();
  const splitKeys = new Set<string>();
  for (const field of layout.fields) {
    if (field.subColumns.length === 0) continue;
    const keys = new Set(field.subColumns.map((t) => headerKey(t)));
    splits.set(field.name, keys);
    for (const k of keys) splitKeys.add(k);
  }
  const index = { flat, groups, subs, splits, splitKeys, requiredColumns, optionalColumns };
  CACHE.set(layout, index);
  return index;
}

/** Fields a one-row header text may name, best first (exact key, then without bracketed remarks). */
export function lookupHeader(index: HeaderIndex, key: string): FieldHit[] | undefined {
  if (key === "") return undefined;
  return index.flat.get(key) ?? (key.includes("(") ? index.flat.get(headerBase(key)) : undefined);
}
