/**
 * The few typed errors the CLI's one top-level `catch` maps to exit codes.
 * 0 = done; 1 = done, but the input has findings (or nothing could be rolled up); 2 = usage.
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The command line itself is wrong (unknown layout id, missing roster file …): exit 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT_USAGE;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The run could not produce what was asked (no file could be rolled up, output not writable): exit 1. */
export class RunError extends Error {
  readonly exitCode = EXIT_FINDINGS;
  constructor(message: string) {
    super(message);
    this.name = "RunError";
  }
}
