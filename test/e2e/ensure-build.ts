import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** Newest modification time of the files under `dir` (recursively). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(dir).reduce((max, name) => Math.max(max, newest(path.join(dir, name))), 0);
}

/**
 * Runs the production build when dist/ is missing or older than what it is built from, so the test
 * exercises exactly what `npm run build` ships.
 */
export function ensureProductionBuild(): void {
  const built = path.join(DIST, "taskpane.html");
  const inputs = ["src", "assets", "webpack.config.js", "manifest.xml"].map((p) => newest(path.join(ROOT, p)));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...inputs)) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
