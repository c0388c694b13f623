import type { Layout } from "../layout/schema";
import { headerKey } from "../normalize/header-key";

/** The text names the layout's table (its title or a title alias), compared by header key. */
export function titleNamesLayout(text: string, layout: Layout): boolean {
  const key = headerKey(text);
  if (key === "") return false;
  return [layout.title, ...layout.titleAliases].some((t) => key.includes(headerKey(t)));
}
