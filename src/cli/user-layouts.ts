import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseLayoutText } from "../core/layout/layout-file";
import { formatLayoutProblem } from "../core/layout/layout-file-messages";
import type { Layout } from "../core/layout/schema";
import { BUILT_IN_CATALOG } from "../core/layouts/built-in";
import { withLayouts, type Catalog } from "../core/layouts/catalog";
import { UsageError } from "./errors";
import { displayPath } from "./input-files";
import type { Locale } from "./locale";

/** The name every user layout file ends with; a folder's other files are not layouts. */
export const LAYOUT_FILE_SUFFIX = ".layout.json";

export interface UserLayout {
  layout: Layout;
  /** Where it was read from, as reports show paths. */
  path: string;
}

export function isLayoutFile(name: string): boolean {
  return name.toLowerCase().endsWith(LAYOUT_FILE_SUFFIX) && !name.startsWith(".");
}

/** The `*.layout.json` files of a folder and its subfolders (hidden ones not entered), in a stable order. */
export function layoutFilesIn(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".")) continue;
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(absolute);
      else if (entry.isFile() && isLayoutFile(entry.name)) out.push(absolute);
    }
  };
  walk(folder);
  return out;
}

function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads the user layouts a command is given: each `--layouts PATH` (a file, or a folder of
 * `*.layout.json`) and every `*.layout.json` inside the input folders. Any file that is not valid
 * JSON or fails the schema stops the command here, before a submission is read (exit 2), with
 * every fault named by file, JSON path and what is wrong. A broken layout never drops out silently.
 */
export function loadUserLayouts(explicit: readonly string[], inputFolders: readonly string[], cwd: string, locale: Locale): UserLayout[] {
  const files: string[] = [];
  for (const arg of explicit) {
    const absolute = path.resolve(cwd, arg);
    if (isFolder(absolute)) files.push(...layoutFilesIn(absolute));
    else {
      try {
        statSync(absolute);
      } catch {
        throw new UsageError("usage.layoutsMissing", { path: arg });
      }
      files.push(absolute);
    }
  }
  for (const folder of inputFolders) {
    const absolute = path.resolve(cwd, folder);
    if (isFolder(absolute)) files.push(...layoutFilesIn(absolute));
  }
  const seen = new Set<string>();
  const loaded: UserLayout[] = [];
  const problems: string[] = [];
  for (const absolute of files) {
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    const shown = displayPath(absolute, cwd);
    let text: string;
    try {
      text = readFileSync(absolute, "utf8");
    } catch (error) {
      problems.push(formatLayoutProblem(shown, { path: "$", fault: { code: "not-json", detail: (error as Error).message } }, locale));
      continue;
    }
    const parsed = parseLayoutText(text);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => formatLayoutProblem(shown, p, locale)));
      continue;
    }
    const twin = loaded.find((l) => l.layout.id === parsed.layout.id);
    if (twin) throw new UsageError("usage.duplicateUserLayout", { id: parsed.layout.id, first: twin.path, second: shown });
    loaded.push({ layout: parsed.layout, path: shown });
  }
  if (problems.length) throw new UsageError("usage.layoutFile", { message: problems.join("\n") });
  return loaded;
}

/**
 * The catalog a run recognises with: the built-ins, each replaced by a user layout of its id (the
 * run says so), then the other user layouts.
 */
export function runCatalog(user: readonly UserLayout[]): { catalog: Catalog; replaced: UserLayout[] } {
  const { catalog, replaced } = withLayouts(BUILT_IN_CATALOG, user.map((u) => u.layout));
  return { catalog, replaced: user.filter((u) => replaced.includes(u.layout.id)) };
}
