import type { Catalog } from "../core/layouts/catalog";
import { createRollups } from "../core/rollup/create-rollups";
import type { RollupRun } from "../core/rollup/result";
import { analyzeFiles } from "./analyze-files";
import { listInputs, type InputFile } from "./input-files";
import type { Locale } from "./locale";
import type { ProgressUpdate } from "./progress";
import { readRoster } from "./read-roster";
import type { SetAsideReason } from "./skip-reason";

/** What `rollup` and `feedback` are told about the submissions they read. */
export interface SubmissionOptions {
  cwd: string;
  /** Files, folders and archives of submissions. */
  inputs: string[];
  layoutId?: string;
  city?: string;
  /** A roster file; excluded from the inputs when it sits in an input folder. */
  roster?: string;
  /** Keep every file of a school (no newer file replaces an older one). */
  keepAll?: boolean;
  locale: Locale;
  /** The layouts to recognise and roll up. */
  catalog: Catalog;
  onProgress?: (update: ProgressUpdate) => void;
  /** Reader threads (`analyzeFiles`); default one per core, fewer for few files; 1 reads every file in this thread. */
  workers?: number;
}

export interface RollUpFilesOptions extends SubmissionOptions {
  /** This run's own outputs, never read as submissions: the roll-up workbook (`output`), the feedback folder's copies (`feedback`). */
  isOutput: (absolute: string) => "output" | "feedback" | undefined;
}

export interface RolledUpFiles {
  run: RollupRun;
  /** The files read, in order. */
  files: InputFile[];
  /** Files set aside before reading, with why. */
  setAside: Array<InputFile & { reason: SetAsideReason }>;
}

/**
 * Reads every submission found into one roll-up per layout: each file is read, recognised and
 * checked on its own (on a reader thread, one per core), its records (and its modification time)
 * handed to the roll-up in file order, and the file dropped.
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

  // Each file is dropped once added: the roll-up takes its records' values as they are.
  const set = createRollups({ catalog: options.catalog, layoutId: options.layoutId, city: options.city, roster: roster?.entries, keepAll: options.keepAll, locale, ownsFiles: true });
  let done = 0;
  options.onProgress?.({ done, total: files.length, file: files[0]?.display ?? "" });
  // Files are read on every core (analyzeFiles); results arrive in file order, only records are kept.
  for await (const file of analyzeFiles(files, { catalog: options.catalog, city: options.city, checkDuplicates: false, workers: options.workers })) {
    set.add(file);
    done++;
    options.onProgress?.({ done, total: files.length, file: files[done]?.display ?? "" });
  }
  return {
    run: set.finish(),
    files,
    setAside: [...listed.skipped, ...asOutput],
  };
}
