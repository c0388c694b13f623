import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./run-cli";

const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLES = path.join(ROOT, "examples");

/**
 * A copy of the installed CLI (bin/ and the two bundles of dist/) in its own folder, so its code
 * cache (dist/.code-cache/) is this test's alone.
 */
function installCopy(dir: string): { bin: string; cacheDir: string } {
  mkdirSync(path.join(dir, "bin"), { recursive: true });
  mkdirSync(path.join(dir, "dist"), { recursive: true });
  for (const file of ["smartcampus.js", "load-bundle.js", "runtime-flags.js"]) copyFileSync(path.join(ROOT, "bin", file), path.join(dir, "bin", file));
  for (const file of ["cli.js", "analyze-worker.js"]) copyFileSync(path.join(ROOT, "dist", file), path.join(dir, "dist", file));
  return { bin: path.join(dir, "bin", "smartcampus.js"), cacheDir: path.join(dir, "dist", ".code-cache") };
}

function rollup(bin: string, cwd: string, workers: number, env: NodeJS.ProcessEnv = {}) {
  const out = `out-${workers}`;
  const r = spawnSync(process.execPath, [bin, "rollup", "报送", "--out", `${out}/汇总.xlsx`, "--report", `${out}/report.json`, "--workers", String(workers), "--json"], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, SMARTCAMPUS_NO_CODE_CACHE: "", ...env },
    timeout: 120_000,
  });
  return { code: r.status, stderr: r.stderr, report: JSON.parse(readFileSync(path.join(cwd, out, "report.json"), "utf8").replaceAll(`${out}/`, "OUT/")) };
}

const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".bin")).sort() : []);

describe("the CLI's bundles load through V8's code cache", () => {
  test("the first run writes one cache per bundle; later runs, and runs with a broken cache, give the same report", () => {
    const { dir, cleanup } = tempDir("code-cache");
    try {
      const { bin, cacheDir } = installCopy(path.join(dir, "install"));
      cpSync(EXAMPLES, path.join(dir, "报送"), { recursive: true });

      const uncached = rollup(bin, dir, 1, { SMARTCAMPUS_NO_CODE_CACHE: "1" });
      expect(cacheFiles(cacheDir)).toEqual([]);
      expect(uncached.report.files.some((f: { status: string }) => f.status === "merged")).toBe(true);

      // One thread, then reader threads: the CLI's cache at exit, the worker's after its first file.
      const first = rollup(bin, dir, 1);
      const pooled = rollup(bin, dir, 2);
      const written = cacheFiles(cacheDir);
      expect(written.map((f) => f.replace(/-v[\d.]+-.*$/, ""))).toEqual(["analyze-worker.js", "cli.js"]);
      expect(first).toEqual(uncached);
      expect(pooled).toEqual(uncached);

      // Read from the cache, and kept as it is: V8 accepts it (a refused cache is written anew at exit).
      const kept = written.map((file) => readFileSync(path.join(cacheDir, file)));
      expect(rollup(bin, dir, 2)).toEqual(uncached);
      expect(rollup(bin, dir, 1)).toEqual(uncached);
      expect(written.map((file) => readFileSync(path.join(cacheDir, file)))).toEqual(kept);

      // Bytes V8 refuses are ignored, and replaced by a good cache.
      for (const file of written) writeFileSync(path.join(cacheDir, file), "not a code cache");
      expect(rollup(bin, dir, 2)).toEqual(uncached);
      expect(cacheFiles(cacheDir)).toEqual(written);
      for (const file of written) expect(readFileSync(path.join(cacheDir, file), "utf8")).not.toBe("not a code cache");
    } finally {
      cleanup();
    }
  });
});
