import type { Layout } from "../layout/schema";
import type { Catalog } from "../layouts/catalog";
import type { Grid } from "../model/grid";
import type { NearMiss } from "../model/sheet-result";
import { candidateLayouts } from "./catalog-index";
import { recognizeForm } from "./form-recognizer";
import { recognizeByHeader } from "./header-recognizer";
import type { Recognition } from "./recognition";
import { sheetView, type SheetView } from "./sheet-view";

export interface DetectOptions {
  /** Read the sheet as this layout (the CLI's `--layout ID`); the result says how well it fits. */
  layoutId?: string;
  /** The layouts to choose from. */
  catalog: Catalog;
}

/** A recognition, or the closest layout and what it lacked. */
export type DetectOutcome = { recognition: Recognition } | { nearMiss: NearMiss; unknownLayoutId?: string };

function recognize(view: SheetView, layout: Layout, forced: boolean): Recognition | undefined {
  return layout.kind === "form" ? recognizeForm(view, layout, forced) : recognizeByHeader(view, layout, forced);
}

function nearMissOf(r: Recognition): NearMiss {
  return {
    layoutId: r.layout.id,
    confidence: r.detection.confidence,
    missingRequired: r.header ? r.header.missingRequired : r.layout.fields.filter((f) => f.required && !r.detection.columns.some((c) => c.field === f.name)).map((f) => f.name),
  };
}

/** Recognises a sheet against every layout (or the forced one) and keeps the best. */
export function detectSheet(grid: Grid, options: DetectOptions): DetectOutcome {
  const view = sheetView(grid);
  if (options.layoutId !== undefined) {
    const layout = options.catalog.get(options.layoutId);
    if (!layout) return { nearMiss: { layoutId: options.layoutId, confidence: 0, missingRequired: [] }, unknownLayoutId: options.layoutId };
    const r = recognize(view, layout, true);
    if (r && r.accepted) return { recognition: r };
    if (r && r.header && r.header.columns.length > 0) return { recognition: { ...r, accepted: true } };
    return { nearMiss: r ? nearMissOf(r) : { layoutId: layout.id, confidence: 0, missingRequired: layout.fields.filter((f) => f.required).map((f) => f.name) } };
  }
  // Only the layouts the sheet's header keys could make acceptable are scored; the near miss is
  // looked for only when none is accepted, among the layouts some header key names. Same result as
  // scoring every layout in catalog order.
  const layouts = options.catalog.layouts;
  const { acceptable, named } = candidateLayouts(view, options.catalog);
  const scored = new Map<number, Recognition | undefined>();
  const scoreAt = (i: number) => {
    if (!scored.has(i)) scored.set(i, recognize(view, layouts[i], false));
    return scored.get(i);
  };
  let best: Recognition | undefined;
  for (const i of acceptable) {
    const r = scoreAt(i);
    if (!r || !r.accepted) continue;
    if (!best || r.detection.confidence > best.detection.confidence || (r.detection.confidence === best.detection.confidence && r.detection.columns.length > best.detection.columns.length)) best = r;
  }
  let closest: Recognition | undefined;
  if (!best) {
    for (const i of named) {
      const r = scoreAt(i);
      if (r && !r.accepted && (!closest || r.score > closest.score)) closest = r;
    }
  }
  if (best) return { recognition: best };
  if (closest) return { nearMiss: nearMissOf(closest) };
  return { nearMiss: { layoutId: "", confidence: 0, missingRequired: [] } };
}
