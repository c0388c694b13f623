import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Extensions a folder walk picks up. A file named on the command line is tried whatever its name. */
export const SPREADSHEET_EXTENSIONS = [".xlsx", ".xls", ".ods", ".csv"] as const;

export type SkipReason = "lock-file" | "hidden" | "not-spreadsheet" | "roster" | "layout-file";

/** A path as the user gave it or as found in a folder; `display` is what reports show (relative to cwd when inside it). */
export interface InputFile {
  absolute: string;
  display: string;
}

export interface SkippedInput extends InputFile {
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

function skipReasonInFolder(name: string): SkipReason | undefined {
  if (name.startsWith("~$")) return "lock-file";
  if (name.startsWith(".")) return "hidden";
  // A staffer's layout beside the submissions (and its schema) is loaded as a layout, never read as one.
  const lower = name.toLowerCase();
  if (lower.endsWith(".layout.json") || lower === "layout.schema.json") return "layout-file";
  const ext = path.extname(name).toLowerCase();
  if (!(SPREADSHEET_EXTENSIONS as readonly string[]).includes(ext)) return "not-spreadsheet";
  return undefined;
}

/**
 * Expands FILE|DIR arguments into the files to read, in a stable order. Folders are walked
 * depth-first; hidden folders are not entered. A named file that does not exist is kept, so the
 * reader names it with its reason. `exclude` holds absolute paths never treated as submissions
 * (the roster).
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
    else files.push(entry);
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
