import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Catalog } from "../core/layouts/catalog";
import { formatIssue } from "../core/messages/format-issue";
import { parseRoster } from "../core/roster/parse-roster";
import type { RosterEntry } from "../core/roster/roster-entry";
import { readWorkbook } from "../io/read";
import { nodeInflateRaw } from "./node-inflate";
import { UsageError } from "./errors";
import { displayPath } from "./input-files";
import type { Locale } from "./locale";

export interface LoadedRoster {
  absolute: string;
  entries: RosterEntry[];
}

/**
 * Reads `--roster FILE`: the first sheet with a 学校名称 (or 区县) column. A roster that cannot be
 * used is a usage error: the run would otherwise report every school as not on the roster.
 */
export async function readRoster(cwd: string, file: string, locale: Locale, catalog: Catalog): Promise<LoadedRoster> {
  const absolute = path.resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch {
    throw new UsageError("usage.rosterMissing", { path: file });
  }
  const read = readWorkbook(bytes, path.basename(absolute), { inflateRaw: nodeInflateRaw });
  if (!read.ok) throw new UsageError("usage.rosterUnreadable", { path: file, reason: formatIssue(read.issue, locale) });
  const shown = displayPath(absolute, cwd);
  for (const grid of read.grids) {
    const entries = parseRoster(grid, catalog, shown);
    if (entries && entries.length) return { absolute, entries };
  }
  throw new UsageError("usage.rosterEmpty", { path: file });
}
