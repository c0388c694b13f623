import { layoutSchema, type Layout, type LayoutInput } from "../layout/schema";

/**
 * The layouts an engine call chooses from. The engine never reads a module-level list: every call
 * that recognises, reads or rolls up takes its catalog as an argument, so the built-in layouts and
 * the ones a staffer wrote or learned (a `*.layout.json`) are used alike.
 */
export interface Catalog {
  /** In recognition order; ids are unique. */
  readonly layouts: readonly Layout[];
  /** The layout with this id, or `undefined`. */
  get(id: string): Layout | undefined;
}

/** Checks a layout definition; throws a readable error naming the layout and the fault. */
export function parseLayout(input: LayoutInput): Layout {
  const parsed = layoutSchema.safeParse(input);
  if (!parsed.success) {
    const where = typeof input === "object" && input && "id" in input ? String(input.id) : "?";
    throw new Error(`layout ${where} is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

/** A catalog over checked layouts; throws when two share an id (replace one with `withLayouts`). */
export function createCatalog(layouts: readonly Layout[]): Catalog {
  const byId = new Map(layouts.map((l) => [l.id, l]));
  if (byId.size !== layouts.length) {
    const seen = new Set<string>();
    const twice = layouts.find((l) => (seen.has(l.id) ? true : (seen.add(l.id), false)));
    throw new Error(`layout catalog: duplicate layout id ${twice?.id}`);
  }
  const frozen = Object.freeze([...layouts]);
  return { layouts: frozen, get: (id) => byId.get(id) };
}

/**
 * `base` with `extra` layouts added; one whose id is already in `base` takes that layout's place
 * (and position). Returns the ids replaced, so an adapter can say so.
 */
export function withLayouts(base: Catalog, extra: readonly Layout[]): { catalog: Catalog; replaced: string[] } {
  const extraById = new Map(extra.map((l) => [l.id, l]));
  if (extraById.size !== extra.length) createCatalog(extra); // throws, naming the id given twice
  const replaced = base.layouts.filter((l) => extraById.has(l.id)).map((l) => l.id);
  const merged = base.layouts.map((l) => extraById.get(l.id) ?? l);
  for (const l of extra) if (!base.get(l.id)) merged.push(l);
  return { catalog: createCatalog(merged), replaced };
}
