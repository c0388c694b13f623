import type { LocatedIssue } from "../../core/model/issue";
import type { FileEntry, RollupResult, RollupRun } from "../../core/rollup/result";
import type { RosterEntry } from "../../core/roster/roster-entry";
import { isArchiveName } from "../../io/archive/submission-names";
import type { PaneEngine, ReadOutcome } from "../engine/pane-engine";
import { ReaderPoolStopped, type OpenedArchive, type PoolItem, type PoolResult, type ReaderPool } from "../reader/reader-pool";
import { startPaneReaders } from "../reader/start-pane-readers";
import { yieldToBrowser } from "../yield-to-browser";
import { fileStatus, type FileStatus } from "./file-status";

/** A file to roll up: its name and a way to get its bytes (a browser `File`, a test buffer). */
export interface RollupInput {
  name: string;
  bytes(): Promise<Uint8Array>;
  /** When the file was last changed: of two files of one school, the newer is rolled up. */
  modified?: Date;
  /** A file taken out of an archive reads itself (the archive's caps, its own name inside). */
  read?: () => Promise<ReadOutcome>;
  /** The browser's file itself: a reader worker gets its bytes and its time from it (read when it is sent). */
  source?: Blob;
}

/**
 * Dropped files with each .zip replaced by the spreadsheets and Word documents in it
 * (`归档.zip › 吴兴区/某校.xlsx`), opened in the browser; an archive that cannot be opened stays one
 * input that fails with its reason.
 */
export async function expandArchives(inputs: readonly RollupInput[], engine: PaneEngine): Promise<RollupInput[]> {
  const out: RollupInput[] = [];
  for (const input of inputs) {
    if (input.read || !isArchiveName(input.name)) {
      out.push(input);
      continue;
    }
    let opening: Awaited<ReturnType<PaneEngine["openArchive"]>>;
    try {
      opening = await engine.openArchive(await input.bytes(), input.name);
    } catch (error) {
      const failure: ReadOutcome = { grids: [], error: { code: "unreadable-file", severity: "error", path: input.name, value: error instanceof Error ? error.message : String(error) } };
      out.push({ name: input.name, bytes: input.bytes, read: async () => failure });
      continue;
    }
    if ("error" in opening) {
      const outcome: ReadOutcome = { grids: [], error: opening.error };
      out.push({ name: input.name, bytes: input.bytes, read: async () => outcome });
      continue;
    }
    for (const file of opening.files) out.push({ name: file.path, bytes: input.bytes, read: file.read, modified: file.modified });
  }
  return out;
}

/** A file dropped or picked in the browser, as a roll-up input. */
export function browserFileInput(file: File): RollupInput {
  return {
    name: file.name,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
    // Asked for only when this thread reads the file: the reader pool reads the time as it sends the bytes.
    get modified() {
      return new Date(file.lastModified);
    },
    source: file,
  };
}

/** What the pane shows for one file while and after the roll-up runs. */
export interface FileProgress {
  name: string;
  status: FileStatus;
  /** What happened to each of its sheets (empty until read). */
  entries: FileEntry[];
  /** Why the whole file failed (unreadable). */
  error?: LocatedIssue;
}

export interface RollupRunView {
  files: FileProgress[];
  rollups: RollupResult[];
  /** The run as the engine finished it (every sheet's fate, the roll-ups), for the returned copies. */
  run: RollupRun;
  /** The run's path of each input, in input order (names made unique). */
  paths: string[];
}

/** Thrown by `runRollup` when its signal was aborted: nothing of the run is kept. */
export class RollupCancelled extends Error {
  constructor() {
    super("roll-up cancelled");
    this.name = "RollupCancelled";
  }
}

export interface RunRollupOptions {
  layoutId?: string;
  roster?: RosterEntry[];
  /** Between files on this thread (default: let the browser paint and handle input). */
  pause?: () => Promise<void>;
  /** Aborting it stops the readers and makes `runRollup` throw `RollupCancelled`. */
  signal?: AbortSignal;
  /**
   * Starts the reader workers for `files` files, or gives undefined to read on this thread
   * (default `startPaneReaders`: Web Workers where the page can start them).
   */
  readers?: (engine: PaneEngine, files: number, layoutId?: string) => Promise<ReaderPool | undefined>;
}

/** Progress is handed to the pane at most this often (and once at the end): a render per file of a thousand would be work of its own. */
const PROGRESS_EVERY_MS = 200;

/**
 * Rolls the dropped files up into one roll-up session (a dropped .zip is opened and its files read
 * as if dropped), reporting progress as it goes. Where the page can start Web Workers, the files are
 * read and analysed there, one worker per core, and merged here in file order (so the result is the
 * same whatever worker finishes first); otherwise they are read here one at a time, yielding to the
 * browser between files. Either way the pane stays responsive however many files are dropped.
 */
export async function runRollup(
  dropped: readonly RollupInput[],
  engine: PaneEngine,
  onProgress: (files: FileProgress[]) => void,
  options: RunRollupOptions = {},
): Promise<RollupRunView> {
  const { signal } = options;
  if (signal?.aborted) throw new RollupCancelled();
  const pool = await (options.readers ?? startPaneReaders)(engine, dropped.length, options.layoutId);
  const stop = () => pool?.stop();
  signal?.addEventListener("abort", stop);
  try {
    if (signal?.aborted) throw new RollupCancelled();
    const run = pool ? await planWithReaders(dropped, pool) : await planHere(dropped, engine);
    return await rollUpPlanned(run, engine, onProgress, options, pool);
  } catch (error) {
    if (signal?.aborted || error instanceof ReaderPoolStopped) throw new RollupCancelled();
    throw error;
  } finally {
    signal?.removeEventListener("abort", stop);
    stop();
  }
}

/** One file of the run, before it is read: where it is read and how. */
interface Planned {
  name: string;
  modified?: Date;
  /** Read here (no workers, or its outcome is known already). */
  here?: () => Promise<ReadOutcome>;
  /** Read by a worker: the dropped file, or the `k`th file of an archive a worker opened. */
  source?: Blob | Uint8Array;
  archive?: { opened: OpenedArchive; k: number };
}

async function planHere(dropped: readonly RollupInput[], engine: PaneEngine): Promise<Planned[]> {
  const inputs = await expandArchives(dropped, engine);
  return inputs.map((input) => ({ name: input.name, modified: input.modified, here: input.read ?? (async () => engine.readFile(await input.bytes(), input.name)) }));
}

/** Archives are opened in the workers (each kept by the one that opened it), the rest planned as they are. */
async function planWithReaders(dropped: readonly RollupInput[], pool: ReaderPool): Promise<Planned[]> {
  const parts = await Promise.all(
    dropped.map(async (input): Promise<Planned[]> => {
      if (input.read) return [{ name: input.name, modified: input.modified, here: input.read }];
      if (input.source && !isArchiveName(input.name)) return [{ name: input.name, source: input.source }];
      const source = input.source ?? (await input.bytes());
      if (!isArchiveName(input.name)) return [{ name: input.name, modified: input.modified, source }];
      const opened = await pool.open(source, input.name);
      if (opened.error) {
        const outcome: ReadOutcome = { grids: [], error: opened.error };
        return [{ name: input.name, here: async () => outcome }];
      }
      return opened.files.map((file, k) => ({ name: file.path, modified: file.modified, archive: { opened, k } }));
    }),
  );
  return parts.flat();
}

/** The planned files' work for the pool, in order: an archive's files are one item (they are listed together). */
function poolItems(planned: readonly Planned[], paths: readonly string[]): PoolItem[] {
  const items: PoolItem[] = [];
  planned.forEach((file, index) => {
    if (file.source) items.push({ kind: "file", source: file.source, name: file.name, path: paths[index] });
    else if (file.archive) {
      const last = items[items.length - 1];
      if (file.archive.k > 0 && last?.kind === "archive" && last.archive === file.archive.opened) last.paths.push(paths[index]);
      else items.push({ kind: "archive", archive: file.archive.opened, paths: [paths[index]] });
    }
  });
  return items;
}

async function rollUpPlanned(
  planned: readonly Planned[],
  engine: PaneEngine,
  onProgress: (files: FileProgress[]) => void,
  options: RunRollupOptions,
  pool: ReaderPool | undefined,
): Promise<RollupRunView> {
  const pause = options.pause ?? yieldToBrowser;
  const paths = uniquePaths(planned.map((file) => file.name));
  const files: FileProgress[] = paths.map((name) => ({ name, status: "queued", entries: [] }));
  let reported = 0;
  const report = (now = false) => {
    const at = Date.now();
    if (!now && at - reported < PROGRESS_EVERY_MS) return;
    reported = at;
    onProgress([...files]);
  };
  const update = (index: number, progress: FileProgress) => {
    files[index] = progress;
    report();
  };
  report(true);
  const session = engine.startRollup({ layoutId: options.layoutId, roster: options.roster });
  const failed = (path: string, message: string): FileProgress => ({
    name: path,
    status: "failed",
    entries: [],
    error: { code: "unreadable-file", severity: "error", path, value: message },
  });
  const results = pool?.analyze(poolItems(planned, paths), (index) => files[index].status === "queued" && update(index, { ...files[index], status: "reading" }));
  for (let index = 0; index < planned.length; index += 1) {
    if (options.signal?.aborted) throw new RollupCancelled();
    const file = planned[index];
    const path = paths[index];
    if (file.here) {
      update(index, { ...files[index], status: "reading" });
      await pause();
      try {
        const outcome = await file.here();
        const entries = session.addFile(path, outcome, file.modified);
        update(index, { name: path, status: outcome.error ? "failed" : fileStatus(entries), entries, error: outcome.error });
      } catch (error) {
        update(index, failed(path, error instanceof Error ? error.message : String(error)));
      }
      await pause();
      continue;
    }
    const next = await (results as AsyncGenerator<PoolResult>).next();
    if (options.signal?.aborted) throw new RollupCancelled();
    if (next.done) throw new Error(`reader workers: no result for ${path}`);
    if ("thrown" in next.value) {
      update(index, failed(path, next.value.thrown));
      continue;
    }
    const result = next.value.file;
    const entries = session.addAnalyzed(result, file.modified ?? next.value.modified);
    update(index, { name: path, status: result.error ? "failed" : fileStatus(entries), entries, error: result.error });
  }
  // The last file's row is painted before the merge's final step runs.
  await pause();
  const run = session.finish();
  // The roll-up has the final word on each sheet (a reference table, a sheet of another layout …).
  const byPath = new Map<string, FileEntry[]>();
  for (const entry of run.files) {
    const list = byPath.get(entry.path);
    if (list) list.push(entry);
    else byPath.set(entry.path, [entry]);
  }
  const final = files.map((file): FileProgress => {
    if (file.error) return file;
    const entries = byPath.get(file.name) ?? [];
    return entries.length > 0 ? { ...file, entries, status: fileStatus(entries) } : file;
  });
  onProgress(final);
  // The list settles in its own task; the roll-up's summary renders in the next.
  await pause();
  // A file that failed before the engine saw it (its bytes could not be had) still has its entry.
  const seen = new Set(run.files.map((f) => f.path));
  const failedEntries = final.filter((f) => f.error && !seen.has(f.name)).map((f): FileEntry => ({ path: f.name, sheet: null, status: "failed", layout: null, rows: 0, error: f.error }));
  return { files: final, rollups: run.rollups, run: { ...run, files: [...run.files, ...failedEntries] }, paths };
}

/** File names made unique (`a.xlsx`, `a.xlsx (2)`): two schools may send files of the same name. */
export function uniquePaths(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
