// Bundles the command-line tool into dist/cli.js so `npx smartcampus` starts fast with plain node.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(root, "src", "cli", "main.ts");
if (!existsSync(entry)) {
  console.log("build-cli: src/cli/main.ts not present yet, skipped");
  process.exit(0);
}
// The CLI, and the reader thread `smartcampus rollup` starts one per core (src/cli/analyze-files.ts).
await build({
  entryPoints: { cli: entry, "analyze-worker": path.join(root, "src", "cli", "analyze-worker.ts") },
  outdir: path.join(root, "dist"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
});
