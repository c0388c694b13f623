/**
 * A reader thread of `smartcampus rollup` (bundled apart as dist/analyze-worker.js): reads and
 * analyses the files the main thread hands it, one at a time, and posts each result back. The
 * catalog arrives as data and is rebuilt here.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createCatalog } from "../core/layouts/catalog";
import { analyzeFile } from "./analyze-file";
import type { WorkerDone, WorkerSetup, WorkerTask } from "./analyze-worker-protocol";

const setup = workerData as WorkerSetup;
const options = { catalog: createCatalog(setup.layouts), layoutId: setup.layoutId, city: setup.city, checkDuplicates: setup.checkDuplicates };

/** Told to bin/load-bundle.js once this thread has read a file: the code cache then holds what reading compiles. */
const CODE_CACHE_WARM = "smartcampus:code-cache-warm";
let warm = false;

parentPort?.on("message", (task: WorkerTask) => {
  void analyzeFile(task.input, options).then((file) => {
    const done: WorkerDone = { index: task.index, file };
    parentPort?.postMessage(done);
    if (!warm) {
      warm = true;
      (process as NodeJS.EventEmitter).emit(CODE_CACHE_WARM);
    }
  });
});
