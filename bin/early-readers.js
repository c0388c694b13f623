"use strict";
/**
 * Reader threads started as the CLI starts, before its own bundle is loaded: a thread takes
 * 0.3–0.5 s to load the reader bundle and warm up, which used to begin only once the main thread
 * had loaded the CLI (~0.2 s), built the catalog and listed the inputs, so on 1,000 small files it
 * read little before the main thread had read most of them. Started here, the two loads overlap.
 *
 * Only for `rollup` and `feedback` with more than one core (and not `--workers 1`). The threads wait,
 * unreferenced, for their setup (`{ setup }`, posted by src/cli/analyze-files.ts, which takes them
 * from `process[EARLY_READERS]`); a run that never reads (`--help`, a usage error, few files)
 * leaves or terminates them and exits as before.
 */
const EARLY_READERS = Symbol.for("smartcampus.early-readers");

/** `--workers N` / `--workers=N` from the command line, when given as a whole number. */
function workersFlag(argv) {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--workers" ? argv[i + 1] : argv[i].startsWith("--workers=") ? argv[i].slice("--workers=".length) : undefined;
    if (value !== undefined) return /^\d+$/.test(value) ? Number(value) : undefined;
  }
  return undefined;
}

function startEarlyReaders(argv) {
  const command = argv[2];
  if (command !== "rollup" && command !== "feedback") return;
  const fs = require("node:fs");
  const os = require("node:os");
  const path = require("node:path");
  const { Worker } = require("node:worker_threads");
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const count = (workersFlag(argv) ?? cores) - 1;
  const script = path.join(__dirname, "..", "dist", "analyze-worker.js");
  if (count < 1 || !fs.existsSync(script)) return;
  const loader = path.join(__dirname, "load-bundle.js");
  const readers = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(`require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(script)});`, { eval: true, workerData: { early: true } });
    // A thread that fails before it is taken is left out by whoever takes the threads.
    worker.on("error", () => (worker.lost = true));
    worker.on("exit", () => (worker.lost = true));
    worker.unref();
    readers.push(worker);
  }
  process[EARLY_READERS] = readers;
}

module.exports = { startEarlyReaders, EARLY_READERS };
