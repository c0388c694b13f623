/**
 * A reader thread of `smartcampus rollup` (bundled apart as dist/analyze-worker.js): reads and
 * analyses the files the main thread hands it, one at a time, and posts each result back. The
 * catalog arrives as data and is rebuilt here (with the thread, or as its first message when bin/
 * started the thread before the CLI knew it).
 */
import { parentPort, workerData } from "node:worker_threads";
import { createCatalog } from "../core/layouts/catalog";
import { analyzeFile, type AnalyzeOptions } from "./analyze-file";
import type { WorkerDone, WorkerSetup, WorkerSetupMessage, WorkerTask } from "./analyze-worker-protocol";

function optionsOf(setup: WorkerSetup): AnalyzeOptions {
  return { catalog: createCatalog(setup.layouts), layoutId: setup.layoutId, city: setup.city, checkDuplicates: setup.checkDuplicates };
}

// A thread started as the CLI started (bin/early-readers.js) gets its setup as its first message.
let options: AnalyzeOptions | undefined = (workerData as { early?: true } | undefined)?.early ? undefined : optionsOf(workerData as WorkerSetup);

/** Told to bin/load-bundle.js once this thread has read a file: the code cache then holds what reading compiles. */
const CODE_CACHE_WARM = "smartcampus:code-cache-warm";
let warm = false;

parentPort?.on("message", (message: WorkerTask | WorkerSetupMessage) => {
  if ("setup" in message) {
    options = optionsOf(message.setup);
    return;
  }
  const task = message;
  if (!options) throw new Error("reader thread: a file before its setup");
  void analyzeFile(task.input, options).then((file) => {
    const done: WorkerDone = { index: task.index, file };
    parentPort?.postMessage(done);
    if (!warm) {
      warm = true;
      (process as NodeJS.EventEmitter).emit(CODE_CACHE_WARM);
    }
  });
});
