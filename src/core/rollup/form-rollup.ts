import type { Layout } from "../layout/schema";
import { reachableLevel, tickedItems } from "./feature-levels";
import type { LayoutRoles } from "./layout-roles";
import { listRollup } from "./list-rollup";
import type { LevelRow } from "./result";
import type { RollupKind } from "./rollup-kind";

/**
 * A form (zhangjiagang-feature-application): one record per sheet, merged as a list's rows, and
 * beside them each school's ticked items of `form.items` (from its field of type `items`), their
 * count and the level they reach.
 */
export function formRollup(layout: Layout, roles: LayoutRoles, city: string | undefined): RollupKind {
  const rows = listRollup(layout, roles, city);
  const items = layout.form!.items;
  const itemsField = layout.fields.find((f) => f.type === "items")?.name;
  return {
    ...rows,
    complete(result, sorted, derivedBySheet) {
      result.levels = sorted.map((e): LevelRow => {
        const ticked = tickedItems(items, itemsField ? e.values[itemsField] : null, derivedBySheet.get(e.sheet)?.ticked);
        return { school: e.school, items: ticked, count: ticked.length, level: reachableLevel(ticked), source: e.source };
      });
    },
  };
}
