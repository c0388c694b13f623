import type { TextKey } from "./text/zh-CN";

/**
 * The few typed errors the CLI's one top-level `catch` maps to exit codes.
 * 0 = done; 1 = done, but the input has findings (or nothing could be rolled up); 2 = usage.
 * They carry a text key, not a sentence: the catch prints it in the run's language.
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

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

/** The run could not produce what was asked (no file could be rolled up, output not writable): exit 1. */
export class RunError extends CliError {
  readonly exitCode = EXIT_FINDINGS;
}
