import type { Catalog } from "../core/layouts/catalog";
import { createRollups } from "../core/rollup/create-rollups";
import type { RollupRun } from "../core/rollup/result";
import { analyzeFile } from "./analyze-file";
import { listInputs, type InputFile } from "./input-files";
import type { Locale } from "./locale";
import type { ProgressUpdate } from "./progress";
import { readRoster } from "./read-roster";
import type { SetAsideReason } from "./skip-reason";

export interface RollUpFilesOptions {
  cwd: string;
  inputs: string[];
  layoutId?: string;
  city?: string;
  roster?: string;
  keepAll?: boolean;
  locale: Locale;
  /** The layouts to recognise and roll up. */
  catalog: Catalog;
  /** This run's own outputs, never read as submissions: the roll-up workbook (`output`), the feedback folder's copies (`feedback`). */
  isOutput: (absolute: string) => "output" | "feedback" | undefined;
  onProgress?: (update: ProgressUpdate) => void;
}

export interface RolledUpFiles {
  run: RollupRun;
  /** The files read, in order. */
  files: InputFile[];
  /** Files set aside before reading, with why. */
  setAside: Array<InputFile & { reason: SetAsideReason }>;
}

/**
 * Reads every submission found, one at a time, into one roll-up per layout: each file is read,
 * recognised and checked on its own, its records (and its modification time) handed to the roll-up,
 * and the file dropped before the next is read.
 */
export async function rollUpFiles(options: RollUpFilesOptions): Promise<RolledUpFiles> {
  const { cwd, locale } = options;
  const roster = options.roster ? await readRoster(cwd, options.roster, locale, options.catalog) : undefined;
  const listed = listInputs(options.inputs, cwd, roster ? [roster.absolute] : []);
  const files = listed.files.filter((f) => options.isOutput(f.absolute) === undefined);
  const asOutput = listed.files.flatMap((f) => {
    const reason = options.isOutput(f.absolute);
    return reason ? [{ ...f, reason }] : [];
  });

  const set = createRollups({ catalog: options.catalog, layoutId: options.layoutId, city: options.city, roster: roster?.entries, keepAll: options.keepAll, locale });
  for (const [i, input] of files.entries()) {
    options.onProgress?.({ done: i, total: files.length, file: input.display });
    // One file at a time: its grids are gone once analyzeFile returns, its records once added.
    set.add(await analyzeFile(input, { catalog: options.catalog, city: options.city, checkDuplicates: false }));
  }
  options.onProgress?.({ done: files.length, total: files.length, file: "" });
  return {
    run: set.finish(),
    files,
    setAside: [...listed.skipped, ...asOutput],
  };
}
