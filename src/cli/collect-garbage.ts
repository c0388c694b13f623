import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

/**
 * One full garbage collection, between two phases of a run (the files read, the workbook
 * written). What a phase leaves behind — a large sheet's grid and records, the read's chunks — is
 * garbage by then, but V8 collects it only once the heap reaches a limit it set while the phase was
 * at its largest, so the next phase grew the process on top of it: the roll-up of one
 * 100,000-row workbook peaked at 388 MiB, 341 MiB with a collection between reading and writing
 * (about 50 ms; 20 ms after 1,000 small files). Node exposes no collection to programs, so `gc` is
 * taken as `--expose-gc` gives it.
 */
export function collectGarbage(): void {
  collect ??= exposedGc();
  collect();
}

/**
 * `gc` of a new context: bin/runtime-flags.js sets `--expose-gc` before the CLI's bundle is
 * compiled (a flag set later makes V8 refuse the bundle's code cache); a caller that did not (a
 * test, a bench in process) gets the flag set here.
 */
function exposedGc(): () => void {
  const found = runInNewContext("typeof gc === 'function' ? gc : undefined") as (() => void) | undefined;
  if (found) return found;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}
