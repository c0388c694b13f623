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
await build({
  entryPoints: [entry],
  outfile: path.join(root, "dist", "cli.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
});
