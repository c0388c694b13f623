import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isArchiveName, nameSkipReason, openArchive, type ArchiveEntry } from "../io/archive";
import type { ReadFailure, ZipBudget } from "../io/read";
import { nodeInflateRaw } from "./node-inflate";

/** Extensions a folder walk picks up (archives are opened and walked too). A file named on the command line is tried whatever its name. */
export { SUBMISSION_EXTENSIONS } from "../io/archive";

export type SkipReason = "lock-file" | "hidden" | "not-spreadsheet" | "roster" | "layout-file";

/**
 * A path as the user gave it or as found in a folder; `display` is what reports show (relative to
 * cwd when inside it). A file inside a .zip has the archive's path as `absolute`, is shown as
 * `归档.zip › 吴兴区/某校.xlsx`, and is read from the archive (`entry`), never from the disk.
 */
export interface InputFile {
  absolute: string;
  display: string;
  /** The file inside an archive, with the caps the archive has left (shared by all its files). */
  archived?: { entry: ArchiveEntry; budget: ZipBudget };
  /** An archive that could not be opened at all (corrupt, a RAR named .zip, over a cap). */
  failure?: ReadFailure;
}

export interface SkippedInput {
  absolute: string;
  display: string;
  reason: SkipReason;
}

export interface InputList {
  files: InputFile[];
  skipped: SkippedInput[];
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join("/");
}

/** Why a file found in a folder is not read: a staffer's layout beside the submissions (and its schema) is loaded as a layout, never read as one. */
function skipReasonInFolder(name: string): SkipReason | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(".layout.json") || lower === "layout.schema.json") return "layout-file";
  return nameSkipReason(name);
}

/**
 * Expands FILE|DIR arguments into the files to read, in a stable order. Folders are walked
 * depth-first; hidden folders are not entered. A .zip, named or found, is opened and its
 * spreadsheets and Word documents listed in its place (one level of zips inside it too). A named
 * file that does not exist is kept, so the reader names it with its reason. `exclude` holds
 * absolute paths never treated as submissions (the roster).
 */
export function listInputs(args: string[], cwd: string, exclude: string[] = []): InputList {
  const files: InputFile[] = [];
  const skipped: SkippedInput[] = [];
  const seen = new Set<string>();
  const excluded = new Set(exclude.map((p) => path.resolve(cwd, p)));

  const add = (absolute: string, reason: SkipReason | undefined) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const entry = { absolute, display: displayPath(absolute, cwd) };
    if (excluded.has(absolute)) skipped.push({ ...entry, reason: "roster" });
    else if (reason) skipped.push({ ...entry, reason });
    else if (isArchiveName(absolute)) addArchive(entry);
    else files.push(entry);
  };

  const addArchive = (archive: InputFile) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(archive.absolute);
    } catch {
      // Missing or unreadable: the reader names it with the file system's reason.
      files.push(archive);
      return;
    }
    const listing = openArchive(bytes, archive.display, { inflateRaw: nodeInflateRaw });
    if (!listing.ok) {
      files.push({ ...archive, failure: listing.failure });
      return;
    }
    for (const entry of listing.entries) files.push({ absolute: archive.absolute, display: entry.path, archived: { entry, budget: listing.budget } });
    for (const skip of listing.skipped) skipped.push({ absolute: archive.absolute, display: skip.path, reason: skip.reason });
  };

  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
    for (const entry of entries) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith(".")) add(absolute, "hidden");
        else walk(absolute);
      } else if (entry.isFile()) {
        add(absolute, skipReasonInFolder(entry.name));
      }
    }
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let isFolder = false;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      // Missing or inaccessible: the reader reports it by name.
    }
    if (isFolder) walk(absolute);
    else add(absolute, undefined);
  }
  return { files, skipped };
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
