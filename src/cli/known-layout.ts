import { LAYOUT_IDS } from "../core/layouts/catalog";
import { UsageError } from "./errors";

/** `--layout ID` must name a layout of the catalog; otherwise a usage error listing them. */
export function requireKnownLayout(layoutId: string): void {
  if (!LAYOUT_IDS.includes(layoutId)) {
    throw new UsageError("usage.unknownLayout", { layout: layoutId, known: LAYOUT_IDS.join(", ") });
  }
}
