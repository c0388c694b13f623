import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { learnLayout, type LearnResult } from "../../core/learn/learn-layout";
import { LAYOUT_SCHEMA_FILE, layoutJsonSchemaText } from "../../core/layout/json-schema";
import { layoutFileText } from "../../core/layout/layout-file";
import { layoutSchema } from "../../core/layout/schema";
import { CITIES } from "../../core/rules/districts";
import { readWorkbook } from "../../io/read";
import { attachDropDownLists, readDropDownLists } from "../../io/read/read-drop-down-lists";
import { EXIT_FINDINGS, EXIT_OK, FindingError, UsageError } from "../errors";
import { displayPath } from "../input-files";
import { issueMessage } from "../issue-message";
import type { Locale } from "../locale";
import { nodeInflateRaw } from "../node-inflate";

export interface LearnCommandOptions {
  cwd: string;
  template: string;
  sheet?: string;
  out?: string;
  id?: string;
  city?: string;
  locale: Locale;
}

export interface LearnCommandResult {
  path: string;
  sheet: string;
  learned: Extract<LearnResult, { ok: true }>;
  /** The `*.layout.json` text (written to `out` when given). */
  fileText: string;
  wrote?: string;
  wroteSchema?: string;
}

/**
 * Learns a layout from a template file: the named sheet, or the first (visible first) a layout can
 * be learned from. The layout file is written only with `out`; `layout.schema.json` beside it
 * when none is there yet. Exit 1 (a FindingError) when no sheet has a recognisable header.
 */
export async function learn(options: LearnCommandOptions): Promise<LearnCommandResult> {
  const { cwd, locale } = options;
  if (options.id !== undefined && !layoutSchema.shape.id.safeParse(options.id).success) throw new UsageError("usage.badId", { id: options.id });
  if (options.city !== undefined && !CITIES.some((c) => c.name === options.city || c.short === options.city)) throw new UsageError("usage.unknownCity", { city: options.city });
  const absolute = path.resolve(cwd, options.template);
  const shown = displayPath(absolute, cwd);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new FindingError("learn.unreadable", { message: `${shown}: ${(error as Error).message}` });
  }
  const read = readWorkbook(bytes, path.basename(absolute), { inflateRaw: nodeInflateRaw });
  if (!read.ok) throw new FindingError("learn.unreadable", { message: issueMessage(read.issue, locale, shown) });
  const lists = read.format === "xlsx" ? readDropDownLists(bytes, nodeInflateRaw) : new Map();
  const grids = attachDropDownLists(read.grids, lists);
  let candidates = grids;
  if (options.sheet !== undefined) {
    candidates = grids.filter((g) => g.name === options.sheet);
    if (candidates.length === 0) throw new UsageError("usage.sheetMissing", { path: shown, sheet: options.sheet, sheets: grids.map((g) => g.name).join("、") });
  } else candidates = [...grids.filter((g) => !g.hidden), ...grids.filter((g) => g.hidden)];
  let refused: { sheet: string; message: string } | undefined;
  for (const grid of candidates) {
    const learned = learnLayout(grid, { id: options.id, city: options.city, locale, listsUnreadable: read.format !== "xlsx" && read.format !== "csv" });
    if (!learned.ok) {
      refused ??= { sheet: grid.name, message: learned.message };
      continue;
    }
    const fileText = layoutFileText(learned.layout, learned.notes);
    const result: LearnCommandResult = { path: shown, sheet: grid.name, learned, fileText };
    if (options.out) {
      const target = path.resolve(cwd, options.out);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, fileText);
      result.wrote = displayPath(target, cwd);
      const schema = path.join(path.dirname(target), LAYOUT_SCHEMA_FILE);
      if (!existsSync(schema)) {
        writeFileSync(schema, layoutJsonSchemaText());
        result.wroteSchema = displayPath(schema, cwd);
      }
    }
    return result;
  }
  throw new FindingError("learn.refused", { path: shown, sheet: refused?.sheet ?? "", message: refused?.message ?? "" });
}

export function learnExitCode(result: LearnCommandResult | undefined): number {
  return result ? EXIT_OK : EXIT_FINDINGS;
}
