import type { Layout } from "../layout/schema";
import { headerKey } from "../normalize/header-key";

const TITLE_KEYS = new WeakMap<Layout, string[]>();

/** Header keys of a layout's title and title aliases (cached per layout). */
function titleKeys(layout: Layout): string[] {
  let keys = TITLE_KEYS.get(layout);
  if (!keys) {
    keys = [layout.title, ...layout.titleAliases].map((t) => headerKey(t));
    TITLE_KEYS.set(layout, keys);
  }
  return keys;
}

/** The text names the layout's table (its title or a title alias), compared by header key. */
export function titleNamesLayout(text: string, layout: Layout): boolean {
  const key = headerKey(text);
  if (key === "") return false;
  return titleKeys(layout).some((t) => key.includes(t));
}
