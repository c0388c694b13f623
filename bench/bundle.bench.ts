/**
 * What the task pane makes a person download: the JavaScript taskpane.html loads before any file is
 * read (the pane, the shared-runtime functions and commands; Office.js comes from Microsoft's CDN and
 * is not ours to count), gzipped at level 9 as a web server would send it, the lazy chunks fetched
 * later (the engine, SheetJS, ExcelJS, the Excel-only code), and the one-file page. Builds `dist/`
 * first when it is missing or older than `src/`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Measurement } from "./run";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const TARGET_KB = 400;
const ONE_FILE_PAGE = path.join(DIST, "汇总助手.html");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuild(): void {
  const page = ONE_FILE_PAGE;
  if (existsSync(page) && statSync(page).mtimeMs >= newestMtime(path.join(ROOT, "src"))) return;
  process.stderr.write("bundle: building dist/ (webpack, production) …\n");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
}

const gzipKB = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

export default async function run(): Promise<Measurement[]> {
  ensureBuild();
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  const ours = initial.filter((src) => !/^https?:/.test(src));
  const oursKB = ours.reduce((sum, src) => sum + gzipKB(path.join(DIST, src)), 0);
  const chunks = readdirSync(path.join(DIST, "chunks"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ f, kb: gzipKB(path.join(DIST, "chunks", f)) }))
    .sort((a, b) => b.kb - a.kb);
  const lazyKB = chunks.reduce((sum, c) => sum + c.kb, 0);
  const functionsKB = gzipKB(path.join(DIST, "functions.js"));
  return [
    {
      name: "pane initial JS (gzip)",
      value: oursKB,
      unit: "KB",
      note: `${ours.join(" + ")}; Office.js from Microsoft's CDN not counted; target ≤ ${TARGET_KB} KB`,
    },
    { name: "lazy chunks (gzip, all)", value: lazyKB, unit: "KB", note: `${chunks.length} chunks, largest ${chunks.slice(0, 3).map((c) => c.kb.toFixed(0)).join(", ")} KB (SheetJS, ExcelJS …), loaded when a file is first read or written` },
    { name: "functions bundle (gzip)", value: functionsKB, unit: "KB", note: "loaded with Excel; no React or Fluent UI" },
    {
      name: "one-file page 汇总助手.html",
      value: statSync(ONE_FILE_PAGE).size / 1024,
      unit: "KB",
      note: `${gzipKB(ONE_FILE_PAGE).toFixed(0)} KB gzipped; everything inlined, the chunks inert until used`,
    },
  ];
}
