import type { Catalog } from "../core/layouts/catalog";
import { UsageError } from "./errors";

/** `--layout ID` must name a layout of the catalog; otherwise a usage error listing them. */
export function requireKnownLayout(layoutId: string, catalog: Catalog): void {
  if (!catalog.get(layoutId)) {
    throw new UsageError("usage.unknownLayout", { layout: layoutId, known: catalog.layouts.map((l) => l.id).join(", ") });
  }
}
