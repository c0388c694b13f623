import type { LocatedIssue } from "../../core/model/issue";
import type { FileEntry, RollupResult, RollupRun } from "../../core/rollup/result";
import type { RosterEntry } from "../../core/roster/roster-entry";
import { isArchiveName } from "../../io/archive/submission-names";
import type { PaneEngine, ReadOutcome } from "../engine/pane-engine";
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
  return { name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()), modified: new Date(file.lastModified) };
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

/**
 * Reads the files one at a time into one roll-up session (a dropped .zip is opened and its files
 * read as if dropped), reporting after every step and yielding to
 * the browser between files, so the pane stays responsive however many files are dropped.
 */
export async function runRollup(
  dropped: readonly RollupInput[],
  engine: PaneEngine,
  onProgress: (files: FileProgress[]) => void,
  options: { layoutId?: string; roster?: RosterEntry[]; pause?: () => Promise<void> } = {},
): Promise<RollupRunView> {
  const pause = options.pause ?? yieldToBrowser;
  const inputs = await expandArchives(dropped, engine);
  const paths = uniquePaths(inputs.map((input) => input.name));
  const files: FileProgress[] = paths.map((name) => ({ name, status: "queued", entries: [] }));
  const update = (index: number, progress: FileProgress) => {
    files[index] = progress;
    onProgress([...files]);
  };
  onProgress([...files]);
  const session = engine.startRollup({ layoutId: options.layoutId, roster: options.roster });
  for (let index = 0; index < inputs.length; index += 1) {
    const input = inputs[index];
    const path = paths[index];
    update(index, { ...files[index], status: "reading" });
    await pause();
    try {
      const outcome = input.read ? await input.read() : await engine.readFile(await input.bytes(), input.name);
      const entries = session.addFile(path, outcome, input.modified);
      update(index, { name: path, status: outcome.error ? "failed" : fileStatus(entries), entries, error: outcome.error });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failure: LocatedIssue = { code: "unreadable-file", severity: "error", path, value: message };
      update(index, { name: path, status: "failed", entries: [], error: failure });
    }
    await pause();
  }
  const run = session.finish();
  // The roll-up has the final word on each sheet (a reference table, a sheet of another layout …).
  const final = files.map((file): FileProgress => {
    if (file.error) return file;
    const entries = run.files.filter((entry) => entry.path === file.name);
    return entries.length > 0 ? { ...file, entries, status: fileStatus(entries) } : file;
  });
  onProgress(final);
  // A file that failed before the engine saw it (its bytes could not be had) still has its entry.
  const seen = new Set(run.files.map((f) => f.path));
  const failed = final.filter((f) => f.error && !seen.has(f.name)).map((f): FileEntry => ({ path: f.name, sheet: null, status: "failed", layout: null, rows: 0, error: f.error }));
  return { files: final, rollups: run.rollups, run: { ...run, files: [...run.files, ...failed] }, paths };
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
