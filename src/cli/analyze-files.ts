import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { issue } from "../core/model/issue";
import { InputOrder } from "../io/pool/input-order";
import { analyzeFile, type AnalyzeOptions, type AnalyzedFile } from "./analyze-file";
import type { WorkerDone, WorkerSetup, WorkerTask } from "./analyze-worker-protocol";
import type { InputFile } from "./input-files";

export interface AnalyzeFilesOptions extends AnalyzeOptions {
  /**
   * Readers, this thread one of them: default one per core, fewer for few files (`defaultWorkers`);
   * n starts n − 1 reader threads, 1 reads every file in this thread. Threads need the bundled
   * worker (dist/analyze-worker.js); without it files are read here.
   */
  workers?: number;
}

/** Files in flight or finished but not yet handed on, per thread: bounds memory whatever the order. */
const AHEAD_PER_WORKER = 4;

/**
 * Files handed to a thread at once. With one, a thread that finished waited for this thread's
 * event loop (busy reading a file of its own) to be given the next, and sat idle about as long as
 * it read; with two, the next is already in its queue.
 */
const IN_FLIGHT_PER_THREAD = 2;

/** The bundled worker beside the CLI bundle (dist/), or dist/ seen from the sources. */
function workerScript(): string | undefined {
  const candidates = [path.join(__dirname, "analyze-worker.js"), path.resolve(__dirname, "..", "..", "dist", "analyze-worker.js")];
  return candidates.find((file) => existsSync(file));
}

/** bin/load-bundle.js, which loads a bundle through V8's code cache, beside dist/. */
function bundleLoader(script: string): string | undefined {
  const loader = path.resolve(path.dirname(script), "..", "bin", "load-bundle.js");
  return existsSync(loader) ? loader : undefined;
}

/** A reader thread running `script`, loaded through the code cache when the loader is there (it halves a thread's start-up). */
function startWorker(script: string, setup: WorkerSetup): Worker {
  const loader = bundleLoader(script);
  if (!loader) return new Worker(script, { workerData: setup });
  return new Worker(`require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(script)});`, { eval: true, workerData: setup });
}

/**
 * A reader thread costs ~0.25 s of CPU to start (its bundle loaded and compiled) and warms up on
 * its own, while a small file takes ~1.5 ms: below this many files per thread, fewer threads finish
 * sooner (measured: 2 threads on 2 files took 1.5 s of CPU, one thread on 1,000 files 1.4 s).
 */
const MIN_FILES_PER_THREAD = 100;

/** One thread per core, at most one per `MIN_FILES_PER_THREAD` files, at least one. */
export function defaultWorkers(files: number): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, Math.floor(files / MIN_FILES_PER_THREAD)));
}

/**
 * Reads and analyses each input, yielding the results in input order whatever thread finished
 * first, so a roll-up built from them does not depend on scheduling. With several readers (this
 * thread and n − 1 started ones), each reads one file at a time and files are handed out as
 * readers free up; a thread that dies takes only its file with it (that file fails as unreadable,
 * a new thread takes over).
 */
export async function* analyzeFiles(inputs: readonly InputFile[], options: AnalyzeFilesOptions): AsyncGenerator<AnalyzedFile> {
  const wanted = Math.min(options.workers ?? defaultWorkers(inputs.length), inputs.length);
  const script = wanted > 1 ? workerScript() : undefined;
  if (!script) {
    for (const input of inputs) yield await analyzeFile(input, options);
    return;
  }
  yield* pooled(inputs, options, wanted, script);
}

async function* pooled(inputs: readonly InputFile[], options: AnalyzeFilesOptions, count: number, script: string): AsyncGenerator<AnalyzedFile> {
  const setup: WorkerSetup = { layouts: [...options.catalog.layouts], layoutId: options.layoutId, city: options.city, checkDuplicates: options.checkDuplicates };
  const order = new InputOrder<AnalyzedFile>();
  /** Per thread, the files handed to it, oldest first: the first is the one it is reading. */
  const queued = new Map<Worker, number[]>();
  /** Files handed to a thread that died before it began them: handed out again first. */
  const retry: number[] = [];
  let next = 0;

  /** Reads input `index` in this thread, in its place in the order. */
  const readHere = (index: number) => {
    const input = inputs[index];
    void analyzeFile(input, options)
      .catch((error: unknown): AnalyzedFile => {
        const detail = error instanceof Error ? error.message : String(error);
        return { path: input.display, error: issue("unreadable-file", { value: path.basename(input.display), params: { reason: "io-error", detail } }), sheets: [] };
      })
      .then((file) => {
        order.put(index, file);
      });
  };
  const room = () => retry.length > 0 || (next < inputs.length && next < order.yielded + count * AHEAD_PER_WORKER);
  const peek = () => (retry.length > 0 ? retry[0] : next);
  const take = () => (retry.length > 0 ? (retry.shift() as number) : next++);
  /** The thread with the fewest files handed to it, if it can take one more. */
  const freest = (): Worker | undefined => {
    let best: Worker | undefined;
    for (const [worker, list] of queued) if (list.length < IN_FLIGHT_PER_THREAD && (!best || list.length < (queued.get(best) as number[]).length)) best = worker;
    return best;
  };

  const dispatch = () => {
    while (room()) {
      const input = inputs[peek()];
      if (input.archived || input.failure) {
        // A file inside an archive is taken out under the archive's shared caps, which live in this
        // thread (and its closure cannot be posted): it is read here, in its place in the order.
        readHere(take());
        continue;
      }
      const worker = freest();
      if (!worker) break;
      const index = take();
      (queued.get(worker) as number[]).push(index);
      const task: WorkerTask = { index, input };
      worker.postMessage(task);
    }
    readNextHere();
  };

  // This thread is one of the `count` readers: it takes the next file whenever the event loop is
  // free (one file per turn, so the threads' results are taken in between), and `count - 1`
  // threads are started. A thread's start-up and its own JIT warm-up are the pool's cost.
  let hereScheduled = false;
  const readNextHere = () => {
    if (hereScheduled || closing || !room()) return;
    hereScheduled = true;
    setImmediate(() => {
      hereScheduled = false;
      if (closing) return;
      if (room()) readHere(take());
      dispatch();
    });
  };

  const start = (): Worker => {
    const worker = startWorker(script, setup);
    queued.set(worker, []);
    worker.on("message", (done: WorkerDone) => {
      const list = queued.get(worker);
      if (list) list.splice(list.indexOf(done.index), 1);
      order.put(done.index, done.file);
      dispatch();
    });
    const lost = (reason: string) => {
      if (dead.has(worker)) return;
      dead.add(worker);
      const [reading, ...waiting] = queued.get(worker) ?? [];
      queued.delete(worker);
      if (reading !== undefined) {
        const input = inputs[reading];
        const found = issue("unreadable-file", { value: path.basename(input.absolute), params: { reason: "io-error", detail: reason } });
        order.put(reading, { path: input.display, error: found, sheets: [] });
      }
      // The files it had not begun are not its to lose: another reader takes them.
      retry.push(...waiting);
      retry.sort((a, b) => a - b);
      if (!closing && (retry.length > 0 || next < inputs.length)) all.push(start());
      dispatch();
    };
    worker.on("error", (error) => lost(error.message));
    worker.on("exit", (code) => {
      if (!closing) lost(`reader thread stopped (${code})`);
    });
    return worker;
  };

  let closing = false;
  const all: Worker[] = [];
  const dead = new Set<Worker>();
  for (let i = 0; i < count - 1; i++) all.push(start());
  try {
    dispatch();
    yield* order.inOrder(inputs.length, dispatch);
  } finally {
    closing = true;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
