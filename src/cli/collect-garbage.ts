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
 * taken as `--expose-gc` would give it.
 */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}
