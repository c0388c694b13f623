import { layoutFileText } from "../../core/layout/layout-file";
import { layoutJsonSchemaText } from "../../core/layout/json-schema";
import type { Layout } from "../../core/layout/schema";
import { requireLayout } from "../../core/layouts/unknown-layout-error";
import type { Locale } from "../locale";
import { renderTable } from "../render/table";
import { t } from "../text/translate";
import { loadUserLayouts, runCatalog } from "../user-layouts";

export interface LayoutsOptions {
  cwd: string;
  layouts?: string[];
  locale: Locale;
}

export interface ListedLayout {
  id: string;
  title: string;
  kind: Layout["kind"];
  /** `built-in`, or the user layout file it was read from. */
  source: string;
  replacesBuiltIn: boolean;
}

function available(options: LayoutsOptions) {
  const user = loadUserLayouts(options.layouts ?? [], [], options.cwd, options.locale);
  const { catalog, replaced } = runCatalog(user);
  return { user, catalog, layouts: catalog.layouts, replaced };
}

/** Every layout a run with these `--layouts` recognises. */
export function listLayouts(options: LayoutsOptions): ListedLayout[] {
  const { layouts, user, replaced } = available(options);
  return layouts.map((l) => {
    const from = user.find((u) => u.layout === l);
    return { id: l.id, title: l.title, kind: l.kind, source: from ? from.path : "built-in", replacesBuiltIn: !!from && replaced.includes(from) };
  });
}

export function renderLayoutList(list: readonly ListedLayout[], locale: Locale): string {
  const rows = list.map((l) => [
    l.id,
    l.kind,
    l.source === "built-in" ? t(locale, "layouts.builtIn") : `${l.source}${l.replacesBuiltIn ? ` (${t(locale, "layouts.replaces")})` : ""}`,
    l.title,
  ]);
  return renderTable([t(locale, "layouts.col.id"), t(locale, "layouts.col.kind"), t(locale, "layouts.col.source"), t(locale, "layouts.col.title")], rows);
}

/** One layout (built-in or user) as the text of a `*.layout.json`. */
export function showLayout(id: string, options: LayoutsOptions): string {
  return layoutFileText(requireLayout(available(options).catalog, id));
}

/** The JSON Schema of layout files (what `layouts/layout.schema.json` holds). */
export function layoutSchemaText(): string {
  return layoutJsonSchemaText();
}
