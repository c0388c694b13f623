import type { Layout } from "../layout/schema";
import type { Locale } from "../text/locale";
import { textOf, type TextTable } from "../text/text-table";
import type { Catalog } from "./catalog";

export const UNKNOWN_LAYOUT_TEXT: TextTable<"unknown" | "separator"> = {
  "zh-CN": { unknown: "未知的版式“{id}”。可用的版式：{known}", separator: "、" },
  "en-US": { unknown: 'Unknown layout "{id}". Known layouts: {known}', separator: ", " },
};

/** A layout id asked for (`--layout`, a template, a roll-up) that the catalog does not hold. */
export class UnknownLayoutError extends Error {
  constructor(
    readonly id: string,
    readonly known: readonly string[],
  ) {
    super(`${unknownLayoutMessage(id, known, "zh-CN")} / ${unknownLayoutMessage(id, known, "en-US")}`);
    this.name = "UnknownLayoutError";
  }

  /** The message in one language, naming the id and the known ids. */
  text(locale: Locale): string {
    return unknownLayoutMessage(this.id, this.known, locale);
  }
}

function unknownLayoutMessage(id: string, known: readonly string[], locale: Locale): string {
  return textOf(UNKNOWN_LAYOUT_TEXT, locale, "unknown", { id, known: known.join(textOf(UNKNOWN_LAYOUT_TEXT, locale, "separator")) });
}

/** The layout of `id` in the catalog; throws `UnknownLayoutError` naming the known ids when there is none. */
export function requireLayout(catalog: Catalog, id: string): Layout {
  const layout = catalog.get(id);
  if (!layout) throw new UnknownLayoutError(id, catalog.layouts.map((l) => l.id));
  return layout;
}
