import { issue } from "../model/issue";
import type { FileResult } from "../model/sheet-result";
import { createRollup, type Rollup } from "./create-rollup";
import type { RollupOptions } from "./options";
import type { TableRows } from "./quota-table";
import type { FileEntry, RollupRun } from "./result";
import type { SubmittedFile } from "./submitted-file";

/** Options of a mixed run: those of one roll-up, the layout left to each sheet (or fixed by `layoutId`). */
export type RunOptions = Omit<RollupOptions, "layoutId" | "layout"> & { layoutId?: string };

export interface RollupSet {
  /** One file, with its modification time when known (it decides between two files of one school). */
  add(file: SubmittedFile): void;
  finish(): RollupRun;
}

/**
 * Rolls up a mixed set of files, each layout found on its own (or only `layoutId`), one file at a
 * time. Every sheet gets a file entry: merged, skipped (a reference table, an empty sheet, another
 * layout than the one asked for), unknown-layout; a file that could not be read gets `failed`.
 * Reference tables (the pilot quota table) are handed to every roll-up whose quota reads them.
 */
export function createRollups(options: RunOptions): RollupSet {
  const rollups = new Map<string, Rollup>();
  const entries: FileEntry[] = [];
  const tables = new Map<string, TableRows>();
  /** Per file entry position, so the final list keeps input order. */
  const order: Array<{ kind: "own"; index: number } | { kind: "rollup"; layout: string; index: number }> = [];
  const taken = new Map<string, number>();

  function rollupFor(layoutId: string): Rollup {
    let rollup = rollups.get(layoutId);
    if (!rollup) {
      rollup = createRollup({ ...options, layoutId });
      rollups.set(layoutId, rollup);
    }
    return rollup;
  }

  function own(entry: FileEntry): void {
    order.push({ kind: "own", index: entries.length });
    entries.push(entry);
  }

  function add(file: SubmittedFile): void {
    if (file.error) {
      own({ path: file.path, sheet: null, status: "failed", layout: null, rows: 0, error: file.error });
      return;
    }
    const byLayout = new Map<string, FileResult["sheets"]>();
    for (const sheet of file.sheets) {
      const id = sheet.detection?.layoutId;
      if (id === undefined) {
        const reason = sheet.issues.find((i) => i.code === "unknown-layout") ?? issue("unknown-layout");
        own({ path: file.path, sheet: sheet.sheet, status: "unknown-layout", layout: null, rows: 0, error: reason });
        continue;
      }
      const layout = options.catalog.get(id);
      if (layout?.kind === "reference") {
        tables.set(id, [...(tables.get(id) ?? []), ...sheet.records.map((r) => r.values)]);
        own({ path: file.path, sheet: sheet.sheet, status: "skipped", layout: id, rows: sheet.records.length, note: "reference" });
        continue;
      }
      if (options.layoutId !== undefined && id !== options.layoutId) {
        own({ path: file.path, sheet: sheet.sheet, status: "skipped", layout: id, rows: 0 });
        continue;
      }
      byLayout.set(id, [...(byLayout.get(id) ?? []), sheet]);
      // A roll-up adds one file entry per sheet it takes, in order: reserve this sheet's place now.
      const index = taken.get(id) ?? 0;
      order.push({ kind: "rollup", layout: id, index });
      taken.set(id, index + 1);
    }
    for (const [id, sheets] of byLayout) rollupFor(id).add({ ...file, sheets });
  }

  function finish(): RollupRun {
    const results = new Map<string, ReturnType<Rollup["finish"]>>();
    for (const [id, rollup] of rollups) {
      for (const [tableId, rows] of tables) rollup.addTable(tableId, rows);
      results.set(id, rollup.finish());
    }
    const files = order.map((slot) => (slot.kind === "own" ? entries[slot.index] : results.get(slot.layout)!.files[slot.index]));
    return { files, rollups: [...results.values()] };
  }

  return { add, finish };
}
