import type { Worker } from "node:worker_threads";

/** Where bin/early-readers.js leaves the reader threads it started as the CLI started. */
const EARLY_READERS = Symbol.for("smartcampus.early-readers");

type EarlyReader = Worker & { lost?: boolean };

function started(): EarlyReader[] {
  return ((process as unknown as Record<symbol, EarlyReader[] | undefined>)[EARLY_READERS] ??= []);
}

/**
 * One of the reader threads bin/ started before the CLI's bundle was loaded (still waiting for its
 * setup, none lost), kept alive from now on; undefined when there is none left.
 */
export function takeEarlyReader(): Worker | undefined {
  const readers = started();
  while (readers.length > 0) {
    const reader = readers.shift() as EarlyReader;
    if (reader.lost) continue;
    reader.ref();
    return reader;
  }
  return undefined;
}

/** Stops the early reader threads nobody took (a run of few files reads them in this thread). */
export function stopEarlyReaders(): void {
  for (const reader of started().splice(0)) void reader.terminate();
}
