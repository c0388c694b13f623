"use strict";
/**
 * Loads one of the CLI's bundles (dist/cli.js, dist/analyze-worker.js) through V8's code cache, so
 * a run does not compile the 5 MB bundle (and every function it then calls) from source again:
 * start-up takes about half the CPU time. Node 22 has this built in (`module.enableCompileCache`);
 * Node 20, which the CLI supports, does not, so it is done here with `vm.Script`'s `cachedData`.
 *
 * The cache sits beside the bundle, in dist/.code-cache/, one file per bundle, Node version and
 * bundle build (size and modification time in its name); V8 also refuses data made by another V8
 * or with other flags. It is written when missing or refused, at the end of the run (so it holds
 * the functions that run compiled), atomically (a rename). Nothing is cached when dist/ is not
 * writable, or with SMARTCAMPUS_NO_CODE_CACHE set; a cache that cannot be read is ignored.
 */
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

function cacheFileOf(file) {
  const stat = fs.statSync(file);
  const dir = path.join(path.dirname(file), ".code-cache");
  const name = `${path.basename(file)}-${process.version}-${process.arch}-${stat.size}-${Math.round(stat.mtimeMs)}.bin`;
  return { dir, file: path.join(dir, name), prefix: `${path.basename(file)}-` };
}

function readCache(cache) {
  try {
    return fs.readFileSync(cache.file);
  } catch {
    return undefined;
  }
}

function writeCache(cache, data) {
  try {
    fs.mkdirSync(cache.dir, { recursive: true });
    const temporary = `${cache.file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, cache.file);
    // Caches of this bundle's earlier builds or other Node versions are of no more use.
    for (const name of fs.readdirSync(cache.dir)) {
      const other = path.join(cache.dir, name);
      if (name.startsWith(cache.prefix) && other !== cache.file && name.endsWith(".bin")) fs.rmSync(other, { force: true });
    }
  } catch {
    // A cache is an optimisation: a folder that cannot be written is left alone.
  }
}

/** Emitted on `process` by a bundle once it has done a piece of typical work (`process.emit(WARM_EVENT)`). */
const WARM_EVENT = "smartcampus:code-cache-warm";

/** Runs `file` as a CommonJS module, compiled from the code cache when there is a usable one. */
function loadBundle(file) {
  if (process.env.SMARTCAMPUS_NO_CODE_CACHE) return require(file);
  const source = fs.readFileSync(file, "utf8");
  const cache = cacheFileOf(file);
  const cachedData = readCache(cache);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // Late, so the data holds the functions the run compiled, not only the top level: at exit, or
    // when the bundle says it is warm (a reader thread, after its first file: a terminated thread
    // sees no exit).
    let saved = false;
    const save = () => {
      if (saved) return;
      saved = true;
      writeCache(cache, script.createCachedData());
    };
    process.once("exit", save);
    process.once(WARM_EVENT, save);
  }
  const compiled = script.runInThisContext();
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  compiled.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

module.exports = { loadBundle, WARM_EVENT };
