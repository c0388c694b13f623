import path from "node:path";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors";
import { requireLayout } from "../../core/layouts/unknown-layout-error";
import { rollUpFiles, type SubmissionOptions } from "../roll-up-files";
import { isInside, writeFeedback } from "../write-feedback";
import { commandResult, type RollupCommandResult } from "./rollup";

export interface FeedbackCommandOptions extends SubmissionOptions {
  /** The folder for the copies and 退回说明.txt. */
  out: string;
}

/**
 * `smartcampus feedback FILES… --out DIR`: the files checked as a roll-up checks them (within and
 * across files, quotas, roster, the newest file of a school), and for every file with an issue a
 * marked copy and a message — without writing a roll-up workbook.
 */
export async function feedback(options: FeedbackCommandOptions): Promise<RollupCommandResult> {
  if (options.inputs.length === 0) throw new UsageError("usage.noInputs");
  if (options.layoutId) requireLayout(options.catalog, options.layoutId);
  const dir = path.resolve(options.cwd, options.out);
  const { run, files, setAside } = await rollUpFiles({ ...options, isOutput: (file) => (isInside(file, dir) ? "feedback" : undefined) });
  const outcome = await writeFeedback(run, files, dir, options.cwd, options.locale, options.catalog);
  return commandResult(run.files, run.rollups, setAside, [], options.locale, options.layoutId, outcome);
}

/** 0 when every file was read and every copy asked for was written; 1 otherwise. */
export function feedbackExitCode(result: RollupCommandResult): number {
  const failed = result.report.files.some((f) => f.status === "failed");
  const copyFailed = result.report.feedback?.files.some((f) => f.copy === null) ?? false;
  return failed || copyFailed ? EXIT_FINDINGS : EXIT_OK;
}
