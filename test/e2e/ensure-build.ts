import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** What `npm run build` writes that the browser tests open. */
const BUILT_PAGES = ["taskpane.html", "index.html", "汇总助手.html", "smartcampus.html", "manifest.xml"];
/**
 * Written after a build the tests ran: webpack leaves an output it would write unchanged untouched,
 * so the outputs' own times cannot tell a build older than its sources.
 */
const STAMP = path.join(DIST, ".tests-built");
/** Held while one test file builds, so two jest workers never write dist/ at once. */
const LOCK = path.join(ROOT, ".build-lock");
/** A lock older than a build can take was left by a killed run. */
const STALE_LOCK_MS = 15 * 60_000;

/** Newest modification time of the files under `dir` (recursively). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(dir).reduce((max, name) => Math.max(max, newest(path.join(dir, name))), 0);
}

function buildIsFresh(): boolean {
  const inputs = Math.max(...["src", "assets", "scripts/webpack", "webpack.config.js", "manifest.xml"].map((p) => newest(path.join(ROOT, p))));
  const stamp = statSync(STAMP, { throwIfNoEntry: false });
  return Boolean(stamp && stamp.mtimeMs >= inputs) && BUILT_PAGES.every((page) => existsSync(path.join(DIST, page)));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs the production build when dist/ is missing or older than what it is built from, so the tests
 * exercise exactly what `npm run build` ships. Test files in parallel workers take turns: the first
 * builds, the others wait for it and find the build fresh.
 */
export function ensureProductionBuild(): void {
  for (;;) {
    if (buildIsFresh()) return;
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleep(2000);
    }
  }
  try {
    if (buildIsFresh()) return;
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
