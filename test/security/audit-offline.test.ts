import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "audit-offline.mjs");
const lock = () => JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
const manifest = () => JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));

function audit(args: string[] = []) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

/** A folder with a package.json and package-lock.json changed by `edit`. */
function planted(edit: (pkg: any, lock: any) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "smartcampus-audit-"));
  const pkg = manifest();
  const lk = lock();
  edit(pkg, lk);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg));
  writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify(lk));
  return path.join(dir, "package-lock.json");
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(path.dirname(d), { recursive: true, force: true })));

test("the repository's lock file passes: no production package in a reviewed vulnerable range", () => {
  const run = audit();
  expect(run.err).toBe("");
  expect(run.status).toBe(0);
  expect(run.out).toMatch(/audit: \d{3} production packages/);
  expect(run.out).toContain("no production package is in a reviewed advisory's vulnerable range");
});

test("a planted xlsx 0.18.5 from the public registry fails with both SheetJS advisories and their sources", () => {
  const file = planted((pkg, lk) => {
    pkg.dependencies.xlsx = "0.18.5";
    lk.packages[""].dependencies.xlsx = "0.18.5";
    lk.packages["node_modules/xlsx"] = { version: "0.18.5", license: "Apache-2.0" };
  });
  dirs.push(file);
  const run = audit(["--lock", file]);
  expect(run.status).toBe(1);
  const lines = run.err.split("\n").filter((l) => l.startsWith("vulnerable: xlsx@0.18.5"));
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain("GHSA-4r6h-8v6p-xvw6 / CVE-2023-30533, high");
  expect(lines[0]).toContain("https://github.com/advisories/GHSA-4r6h-8v6p-xvw6");
  expect(lines[1]).toContain("GHSA-5pgg-2g8v-p4x9 / CVE-2024-22363, high");
});

test("a nested vulnerable copy is found too (ExcelJS's tmp 0.2.3, jszip 3.7.1 under it)", () => {
  const file = planted((_pkg, lk) => {
    lk.packages["node_modules/exceljs/node_modules/tmp"] = { version: "0.2.3" };
    lk.packages["node_modules/exceljs/node_modules/jszip"] = { version: "3.7.1" };
  });
  dirs.push(file);
  const run = audit(["--lock", file]);
  expect(run.status).toBe(1);
  expect(run.err).toContain("vulnerable: tmp@0.2.3 (node_modules/exceljs/node_modules/tmp) — GHSA-52f5-9888-hmc6 / CVE-2025-54798, low");
  expect(run.err).toContain("vulnerable: jszip@3.7.1 (node_modules/exceljs/node_modules/jszip) — GHSA-36fh-84j7-cv5h / CVE-2022-48285, moderate");
  expect(run.err).not.toContain("GHSA-jg8v-48h5-wgxg"); // 3.7.1 is past CVE-2021-23413's fix
});

test("a vulnerable development-only package is not the production tree's concern", () => {
  const file = planted((_pkg, lk) => {
    lk.packages["node_modules/jest/node_modules/minimist"] = { version: "1.2.5", dev: true };
  });
  dirs.push(file);
  expect(audit(["--lock", file]).status).toBe(0);
});

test("a lock file that does not match package.json fails: its versions say nothing about the install", () => {
  const file = planted((pkg) => {
    pkg.dependencies.zod = "^5.0.0";
  });
  dirs.push(file);
  const run = audit(["--lock", file]);
  expect(run.status).toBe(1);
  expect(run.err).toContain("does not match");
});

test("every advisory of the table names its source and a valid range", () => {
  const table = JSON.parse(readFileSync(path.join(ROOT, "security", "advisories.json"), "utf8"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const semver = require("semver") as { validRange(r: string): string | null };
  expect(table.advisories.length).toBeGreaterThanOrEqual(10);
  for (const a of table.advisories) {
    expect(a.id).toMatch(/^(GHSA-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}|CVE-\d{4}-\d+)$/);
    expect(a.source).toMatch(/^https:\/\//);
    expect(semver.validRange(a.vulnerable)).not.toBeNull();
    expect(a.packages.length).toBeGreaterThan(0);
  }
});
