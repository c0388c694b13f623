import { createPaneEngine } from "../../src/taskpane/engine/engine-impl";
import type { RollupResult } from "../../src/core/rollup/result";
import { rosterLists, type RosterLists } from "../../src/taskpane/rollup/roster-lists";
import type { PageFile } from "./sample-files";

/*
 * What the engine computes for the files the page is given, in Node, through the same PaneEngine the
 * page uses: the e2e test compares the page with these, never with numbers written into the test.
 */

async function rollUp(files: PageFile[], options: { layoutId?: string; roster?: PageFile }): Promise<RollupResult[]> {
  const engine = createPaneEngine();
  let roster;
  if (options.roster) {
    const read = await engine.readFile(new Uint8Array(options.roster.buffer), options.roster.name);
    roster = engine.findRoster(read.grids, options.roster.name)?.entries;
    if (!roster) throw new Error(`no roster in ${options.roster.name}`);
  }
  const session = engine.startRollup({ layoutId: options.layoutId, roster });
  for (const file of files) session.addFile(file.name, await engine.readFile(new Uint8Array(file.buffer), file.name));
  return session.finish().rollups;
}

/** Each school's file, A–D counts and grade, as the engine grades these indicator files. */
export async function engineGrades(files: PageFile[]): Promise<{ rows: string[][]; result: RollupResult }> {
  const result = (await rollUp(files, { layoutId: "taizhou-indicators" })).find((r) => r.layout === "taizhou-indicators");
  if (!result?.grades) throw new Error("the engine graded nothing");
  return { rows: result.grades.map((g) => [g.school, g.source.path, `${g.A},${g.B},${g.C},${g.D}`, g.grade]), result };
}

/** The roster lists of a roll-up of these files against this roster. */
export async function engineRosterLists(files: PageFile[], roster: PageFile, layoutId: string): Promise<RosterLists> {
  const result = (await rollUp(files, { roster })).find((r) => r.layout === layoutId);
  if (!result) throw new Error(`no ${layoutId} roll-up`);
  return rosterLists(result.issues);
}
