import type { Catalog } from "./catalog";

/** What a title is looked up in: a catalog, or a list of layouts (or of their descriptions). */
export type TitleSource = Catalog | readonly { id: string; title: string }[];

/**
 * The official title of layout `id` (`湖州市中小学智慧校园建设计划表`), or the id itself when the
 * source has no such layout; `""` for no id (a file of no layout).
 */
export function layoutTitle(source: TitleSource, id: string | null | undefined): string {
  if (!id) return "";
  const found = "get" in source ? source.get(id) : source.find((layout) => layout.id === id);
  return found?.title ?? id;
}
