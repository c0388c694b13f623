import { mkdir } from "node:fs/promises";
import path from "node:path";
import { ISSUE_SEVERITY, type IssueCode } from "../../core/model/issue";
import type { FileEntry, RollupResult } from "../../core/rollup/result";
import { toReport, type ReportFile, type RollupReport } from "../../core/rollup/to-report";
import { EXIT_FINDINGS, EXIT_NOTHING, EXIT_OK, RunError, UsageError } from "../errors";
import { displayPath } from "../input-files";
import { requireLayout } from "../../core/layouts/unknown-layout-error";
import type { Locale } from "../locale";
import { outputPathFor, isOutputOf } from "../output-path";
import { issueMessage, issueSentence } from "../issue-message";
import { rollUpFiles, type SubmissionOptions } from "../roll-up-files";
import { isInside, writeFeedback, type FeedbackOutcome } from "../write-feedback";
import { skipReasonText, type SetAsideReason } from "../skip-reason";
import { writeRollupFile } from "../write-rollup-file";
import { collectGarbage } from "../collect-garbage";

export interface RollupCommandOptions extends SubmissionOptions {
  /** The roll-up workbook; with several layouts, one file each, the layout id before `.xlsx`. */
  out: string;
  /** A folder for the returned copies (`退回_某校.xlsx`) and 退回说明.txt. */
  feedback?: string;
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

/** The JSON report of a run: every file's fate, the roll-ups, and what was sent back. */
export type CommandReport = Omit<RollupReport, "files"> & { files: ReportFileEntry[]; feedback?: FeedbackOutcome };

export interface RollupCommandResult {
  report: CommandReport;
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
  if (options.layoutId) requireLayout(options.catalog, options.layoutId);
  if (path.extname(options.out).toLowerCase() !== ".xlsx") throw new UsageError("usage.outNotXlsx", { path: options.out });
  const outAbsolute = path.resolve(cwd, options.out);

  const feedbackDir = options.feedback !== undefined ? path.resolve(cwd, options.feedback) : undefined;
  const { run, files, setAside } = await rollUpFiles({
    ...options,
    isOutput: (file) => (isOutputOf(file, outAbsolute) ? "output" : feedbackDir !== undefined && isInside(file, feedbackDir) ? "feedback" : undefined),
  });
  // The reading's grids and records are garbage now: collected before the workbook is built.
  collectGarbage();
  const results = run.rollups;
  const several = results.length > 1;
  const written: WrittenRollup[] = [];
  for (const result of results) {
    const target = outputPathFor(outAbsolute, result.layout, several);
    try {
      const layout = options.catalog.get(result.layout);
      if (!layout) throw new Error(`unknown layout ${result.layout}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeRollupFile(target, result, layout, locale);
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

  const feedback = feedbackDir !== undefined ? await writeFeedback(run, files, feedbackDir, cwd, locale, options.catalog) : undefined;
  return commandResult(run.files, results, setAside, written, locale, options.layoutId, feedback);
}

/** The report and counts of a run, shared by `rollup` and `feedback`. */
export function commandResult(
  runFiles: FileEntry[],
  results: RollupResult[],
  setAside: Array<{ display: string; reason: SetAsideReason }>,
  written: WrittenRollup[],
  locale: Locale,
  layoutId: string | undefined,
  feedback: FeedbackOutcome | undefined,
): RollupCommandResult {
  const fileEntries = explainEntries(runFiles, locale, layoutId);
  for (const skipped of setAside) fileEntries.push(skippedEntry(skipped, locale));

  const reported = toReport(
    { files: fileEntries, rollups: results },
    { locale, outputs: Object.fromEntries(written.map((w) => [w.layout, w.out])), format: (issue, l) => issueMessage(issue, l as Locale) },
  );
  const report: CommandReport = {
    ...reported,
    files: reported.files.map((f, i) => (fileEntries[i].reason ? { ...f, reason: fileEntries[i].reason } : f)),
    ...(feedback ? { feedback } : {}),
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
