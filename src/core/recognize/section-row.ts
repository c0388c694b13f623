import type { Layout } from "../layout/schema";
import { headerKey } from "../normalize/header-key";

const CACHE = new WeakMap<Layout, { markers: Array<{ key: string; value: string }>; contacts: string[] }>();

function keysOf(layout: Layout) {
  let k = CACHE.get(layout);
  if (!k) {
    k = {
      markers: (layout.sections?.markers ?? []).map((m) => ({ key: headerKey(m.match), value: m.value })),
      contacts: (layout.sections?.contactLabels ?? []).map(headerKey),
    };
    CACHE.set(layout, k);
  }
  return k;
}

function firstKey(keys: readonly string[]): string {
  for (const k of keys) if (k !== "") return k;
  return "";
}

/** The section value a row opens (`新型教学空间优秀案例（6月30日前报送）` → `新型教学空间`), if it is a section row. */
export function sectionOpened(layout: Layout, keys: readonly string[]): string | undefined {
  if (!layout.sections) return undefined;
  const first = firstKey(keys);
  if (first === "") return undefined;
  return keysOf(layout).markers.find((m) => first.startsWith(m.key))?.value;
}

/** The row is a section's contact row (`工作联系人 | … | 联系电话 | …`). */
export function isSectionContactRow(layout: Layout, keys: readonly string[]): boolean {
  if (!layout.sections) return false;
  const first = firstKey(keys);
  return first !== "" && keysOf(layout).contacts.some((c) => first.startsWith(c));
}

/** Label/value pairs of a contact row: `工作联系人 | 张三 | 联系电话 | 138…`, or `工作联系人：张三` in one cell. */
export function contactPairs(texts: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const cells = texts.filter((t) => t !== "");
  for (let i = 0; i < cells.length; i++) {
    const colon = /^([^:：]+)[:：]\s*(.*)$/.exec(cells[i]);
    if (colon) {
      if (colon[2] !== "") out[colon[1].trim()] = colon[2].trim();
      else if (i + 1 < cells.length) out[colon[1].trim()] = cells[++i];
      continue;
    }
    if (i + 1 < cells.length) out[cells[i]] = cells[++i];
  }
  return out;
}
