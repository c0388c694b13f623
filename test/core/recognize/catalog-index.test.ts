import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";
import { withLayouts, type Catalog } from "../../../src/core/layouts/catalog";
import type { Grid } from "../../../src/core/model/grid";
import { detectSheet } from "../../../src/core/recognize/detect";
import { recognizeForm } from "../../../src/core/recognize/form-recognizer";
import { recognizeByHeader } from "../../../src/core/recognize/header-recognizer";
import type { Recognition } from "../../../src/core/recognize/recognition";
import { sheetView } from "../../../src/core/recognize/sheet-view";
import { learnedUserLayouts } from "../../../bench/fixtures/user-layouts";
import { readGrids } from "../../support";

/** Recognition as it was before the catalog's index: every layout scored, in catalog order. */
function exhaustive(grid: Grid, catalog: Catalog) {
  const view = sheetView(grid);
  let best: Recognition | undefined;
  let closest: Recognition | undefined;
  for (const layout of catalog.layouts) {
    const r = (layout.kind === "form" ? recognizeForm : recognizeByHeader)(view, layout, false);
    if (!r) continue;
    if (r.accepted) {
      if (!best || r.detection.confidence > best.detection.confidence || (r.detection.confidence === best.detection.confidence && r.detection.columns.length > best.detection.columns.length)) best = r;
    } else if (!closest || r.score > closest.score) closest = r;
  }
  return best ? { layout: best.layout.id, confidence: best.detection.confidence } : { nearMiss: closest?.layout.id ?? "" };
}

function indexed(grid: Grid, catalog: Catalog) {
  const outcome = detectSheet(grid, { catalog });
  if ("recognition" in outcome) return { layout: outcome.recognition.layout.id, confidence: outcome.recognition.detection.confidence };
  return { nearMiss: outcome.nearMiss.layoutId };
}

const SAMPLES = join(__dirname, "..", "..", "samples");
const grids: Array<[string, Grid]> = [];
for (const folder of readdirSync(SAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of readdirSync(join(SAMPLES, folder.name)).filter((n) => !n.endsWith(".json"))) {
    for (const grid of readGrids(new Uint8Array(readFileSync(join(SAMPLES, folder.name, file))), file)) grids.push([`${folder.name}/${file}/${grid.name}`, grid]);
  }
}

describe("the catalog's inverted index picks the layout scoring every layout would", () => {
  const catalogs: Array<[string, Catalog]> = [
    ["8 built-ins", BUILT_IN_CATALOG],
    ["8 built-ins + 20 learned", withLayouts(BUILT_IN_CATALOG, learnedUserLayouts(20)).catalog],
  ];
  test.each(catalogs)("%s, on every sheet of the golden samples", (_name, catalog) => {
    expect(grids.length).toBeGreaterThan(15);
    for (const [name, grid] of grids) expect({ name, ...indexed(grid, catalog) }).toEqual({ name, ...exhaustive(grid, catalog) });
  });
});
