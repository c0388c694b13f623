import type { TextKey } from "./text/zh-CN";

/**
 * The few typed errors the CLI's one top-level `catch` maps to exit codes.
 * 0 = done, nothing wrong found; 1 = done (a roll-up written), but with error-level findings or a file
 * unreadable / of no layout; 2 = usage; 3 = nothing produced (no data to roll up, an output not
 * writable, an internal error). A script tells "written but look at it" (1) from "no result" (3).
 * They carry a text key, not a sentence: the catch prints it in the run's language.
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_NOTHING = 3;

abstract class CliError extends Error {
  abstract readonly exitCode: number;
  constructor(
    readonly key: TextKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** The command line itself is wrong (unknown layout id, missing roster file …): exit 2. */
export class UsageError extends CliError {
  readonly exitCode = EXIT_USAGE;
}

/** The input was read but gives no result (`learn` on a sheet with no recognisable header): exit 1. */
export class FindingError extends CliError {
  readonly exitCode = EXIT_FINDINGS;
}

/** The run could not produce what was asked (an output not writable): exit 3. */
export class RunError extends CliError {
  readonly exitCode = EXIT_NOTHING;
}
