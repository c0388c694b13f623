import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Catalog } from "../../core/layouts/catalog";
import { ISSUE_SEVERITY, type IssueCode } from "../../core/model/issue";
import { createRollups } from "../../core/rollup/create-rollups";
import type { FileEntry, RollupResult } from "../../core/rollup/result";
import { toReport, type ReportFile, type RollupReport } from "../../core/rollup/to-report";
import { writeRollupWorkbook } from "../../io/write";
import { analyzeFile } from "../analyze-file";
import { EXIT_FINDINGS, EXIT_NOTHING, EXIT_OK, RunError, UsageError } from "../errors";
import { displayPath, listInputs } from "../input-files";
import { requireKnownLayout } from "../known-layout";
import type { Locale } from "../locale";
import { outputPathFor, isOutputOf } from "../output-path";
import type { ProgressUpdate } from "../progress";
import { issueMessage, issueSentence } from "../issue-message";
import { readRoster } from "../read-roster";
import { skipReasonText, type SetAsideReason } from "../skip-reason";

export interface RollupCommandOptions {
  cwd: string;
  /** Files and folders of submissions. */
  inputs: string[];
  /** The roll-up workbook; with several layouts, one file each, the layout id before `.xlsx`. */
  out: string;
  layoutId?: string;
  city?: string;
  /** A roster file; excluded from the inputs when it sits in an input folder. */
  roster?: string;
  locale: Locale;
  /** The layouts to recognise and roll up. */
  catalog: Catalog;
  onProgress?: (update: ProgressUpdate) => void;
}

/** One workbook written. */
export interface WrittenRollup {
  layout: string;
  out: string;
  result: Pick<RollupResult, "rows" | "quotas" | "periods"> & {
    issueCounts: Record<string, number>;
    /** Each issue's sentence without its location, in the order of the report's issues. */
    sentences: string[];
  };
}

/** A run's file entry, with why the CLI set it aside (lock file, roster, another layout …). */
type SetAsideEntry = FileEntry & { reason?: string };

/** A file entry of the JSON report, with the same `reason`. */
export type ReportFileEntry = ReportFile & { reason?: string };

export interface RollupCommandResult {
  report: Omit<RollupReport, "files"> & { files: ReportFileEntry[] };
  written: WrittenRollup[];
  counts: {
    filesMerged: number;
    filesFailed: number;
    filesUnknown: number;
    filesSkipped: number;
  };
}

function countIssues(result: RollupResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const issue of result.issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  return counts;
}

/**
 * The run's file entries, with a reason on each skipped one. A sheet that matches no layout in a
 * file whose data was found on another sheet (a 填表说明 sheet) is skipped, not an unknown layout.
 */
function explainEntries(files: FileEntry[], locale: Locale, wanted?: string): SetAsideEntry[] {
  const merged = new Set(files.filter((f) => f.status === "merged").map((f) => f.path));
  return files.map((f): SetAsideEntry => {
    if (f.status === "unknown-layout" && merged.has(f.path)) {
      const { error: _unused, ...rest } = f;
      return { ...rest, status: "skipped", reason: skipReasonText("no-layout", locale) };
    }
    if (f.status === "skipped" && f.layout && wanted && f.layout !== wanted && !f.note) {
      return { ...f, reason: skipReasonText("other-layout", locale, { layout: f.layout, wanted }) };
    }
    return f;
  });
}

function skippedEntry(input: { display: string; reason: SetAsideReason }, locale: Locale): SetAsideEntry {
  return { path: input.display, sheet: null, status: "skipped", layout: null, rows: 0, reason: skipReasonText(input.reason, locale) };
}

/**
 * Rolls up every submission found: each file is read, recognised and checked on its own, its
 * records handed to the roll-up of its layout, and the file dropped before the next is read (only
 * records are kept). A file that fails or matches no layout is listed and the rest still roll up.
 */
export async function rollup(options: RollupCommandOptions): Promise<RollupCommandResult> {
  const { cwd, locale } = options;
  if (options.inputs.length === 0) throw new UsageError("usage.noInputs");
  if (options.layoutId) requireKnownLayout(options.layoutId, options.catalog);
  if (path.extname(options.out).toLowerCase() !== ".xlsx") throw new UsageError("usage.outNotXlsx", { path: options.out });
  const outAbsolute = path.resolve(cwd, options.out);

  const roster = options.roster ? await readRoster(cwd, options.roster, locale, options.catalog) : undefined;
  const listed = listInputs(options.inputs, cwd, roster ? [roster.absolute] : []);
  const files = listed.files.filter((f) => !isOutputOf(f.absolute, outAbsolute));
  const asOutput = listed.files.filter((f) => isOutputOf(f.absolute, outAbsolute));

  const set = createRollups({ catalog: options.catalog, layoutId: options.layoutId, city: options.city, roster: roster?.entries, locale });
  for (const [i, input] of files.entries()) {
    options.onProgress?.({ done: i, total: files.length, file: input.display });
    // One file at a time: its grids are gone once analyzeFile returns, its records once added.
    set.add(await analyzeFile(input, { catalog: options.catalog, city: options.city, checkDuplicates: false }));
  }
  options.onProgress?.({ done: files.length, total: files.length, file: "" });

  const run = set.finish();
  const results = run.rollups;
  const several = results.length > 1;
  const written: WrittenRollup[] = [];
  for (const result of results) {
    const target = outputPathFor(outAbsolute, result.layout, several);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, await writeRollupWorkbook(result, { locale }));
    } catch (error) {
      throw new RunError("run.writeFailed", { path: target, reason: (error as Error).message });
    }
    written.push({
      layout: result.layout,
      out: displayPath(target, cwd),
      result: {
        rows: result.rows,
        quotas: result.quotas,
        periods: result.periods,
        issueCounts: countIssues(result),
        sentences: result.issues.map((i) => issueSentence(i, locale)),
      },
    });
  }

  const fileEntries = explainEntries(run.files, locale, options.layoutId);
  for (const skipped of [...listed.skipped, ...asOutput.map((f) => ({ ...f, reason: "output" as const }))]) {
    fileEntries.push(skippedEntry(skipped, locale));
  }

  const reported = toReport(
    { files: fileEntries, rollups: results },
    { locale, outputs: Object.fromEntries(written.map((w) => [w.layout, w.out])), format: (issue, l) => issueMessage(issue, l as Locale) },
  );
  const report: RollupCommandResult["report"] = {
    ...reported,
    files: reported.files.map((f, i) => (fileEntries[i].reason ? { ...f, reason: fileEntries[i].reason } : f)),
  };

  const distinct = (status: string) => new Set(fileEntries.filter((f) => f.status === status).map((f) => f.path)).size;
  const mergedPaths = new Set(fileEntries.filter((f) => f.status === "merged").map((f) => f.path));
  return {
    report,
    written,
    counts: {
      filesMerged: mergedPaths.size,
      filesFailed: distinct("failed"),
      filesUnknown: distinct("unknown-layout"),
      filesSkipped: new Set(fileEntries.filter((f) => f.status === "skipped" && !mergedPaths.has(f.path)).map((f) => f.path)).size,
    },
  };
}

/**
 * 3 when no roll-up was written; 1 when one was, but an error-level issue was found or a file
 * could not be read or matched no layout (a script can still pick the workbook up); 0 otherwise.
 */
export function rollupExitCode(result: RollupCommandResult): number {
  if (result.written.length === 0) return EXIT_NOTHING;
  const errors = result.written.some((w) => Object.entries(w.result.issueCounts).some(([code, n]) => n > 0 && ISSUE_SEVERITY[code as IssueCode] === "error"));
  return errors || result.counts.filesFailed > 0 || result.counts.filesUnknown > 0 ? EXIT_FINDINGS : EXIT_OK;
}
