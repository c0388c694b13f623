// The production dependency tree, with the exact versions package-lock.json pins, checked against
// the advisories reviewed in security/advisories.json (each with its source). Works with no network:
// the registry's audit endpoint does not answer everywhere this is built.
//
//   node scripts/audit-offline.mjs [--lock FILE] [--advisories FILE] [--npm-audit]
//
// Exits 1 when a production package is in an advisory's vulnerable range, or when the lock file
// does not match package.json. With --npm-audit it then asks `npm audit --omit=dev` as well: when
// the registry answers, high or critical findings fail; when it does not answer, that is said and
// the offline result stands.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? path.resolve(args[i + 1]) : fallback;
};
const lockPath = option("--lock", path.join(root, "package-lock.json"));
const advisoriesPath = option("--advisories", path.join(root, "security", "advisories.json"));
const manifestPath = path.join(path.dirname(lockPath), "package.json");

const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const table = JSON.parse(readFileSync(advisoriesPath, "utf8"));
let failed = false;

// The lock must describe this package.json, or its versions say nothing about what gets installed.
try {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const locked = lock.packages?.[""] ?? {};
  for (const field of ["dependencies", "devDependencies"]) {
    const want = JSON.stringify(Object.entries(manifest[field] ?? {}).sort());
    const have = JSON.stringify(Object.entries(locked[field] ?? {}).sort());
    if (want !== have) {
      console.error(`audit: ${path.relative(root, lockPath)} does not match ${path.relative(root, manifestPath)} (${field}); run npm install`);
      failed = true;
    }
  }
} catch (error) {
  if (error.code !== "ENOENT") throw error;
}

if (lock.lockfileVersion < 2 || !lock.packages) {
  console.error(`audit: ${lockPath} is lockfileVersion ${lock.lockfileVersion}; a "packages" map (npm 7 or later) is needed`);
  process.exit(1);
}

/** Every installed package outside the development tree: name, exact version, where it sits. */
const production = Object.entries(lock.packages)
  .filter(([where, entry]) => where.includes("node_modules/") && !entry.dev && !entry.link)
  .map(([where, entry]) => ({ name: entry.name ?? where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length), version: entry.version, where }));

const SEVERITY = ["info", "low", "moderate", "high", "critical"];
const findings = [];
for (const advisory of table.advisories) {
  if (!semver.validRange(advisory.vulnerable)) throw new Error(`advisories: bad range ${advisory.vulnerable} in ${advisory.id}`);
  if (!SEVERITY.includes(advisory.severity)) throw new Error(`advisories: bad severity ${advisory.severity} in ${advisory.id}`);
  for (const pkg of production) {
    if (advisory.packages.includes(pkg.name) && semver.satisfies(pkg.version, advisory.vulnerable)) findings.push({ pkg, advisory });
  }
}

const names = new Set(production.map((p) => p.name));
console.log(`audit: ${production.length} production packages (${names.size} names) from ${path.relative(root, lockPath) || lockPath}, ${table.advisories.length} advisories reviewed ${table.reviewed}`);
for (const { pkg, advisory } of findings) {
  const ids = [advisory.id, ...advisory.aliases].join(" / ");
  console.error(`vulnerable: ${pkg.name}@${pkg.version} (${pkg.where}) — ${ids}, ${advisory.severity}: ${advisory.title}; affected ${advisory.vulnerable}; source ${advisory.source}`);
  failed = true;
}
for (const notice of table.notices ?? []) {
  for (const name of notice.packages) if (names.has(name)) console.log(`note: ${name}: ${notice.note} (${notice.source})`);
}
if (!findings.length) console.log("audit: no production package is in a reviewed advisory's vulnerable range");

if (args.includes("--npm-audit")) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], { cwd: path.dirname(lockPath), encoding: "utf8", timeout: 120_000 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = report?.message ?? report?.error?.summary ?? (run.error ? String(run.error.message) : `exit ${run.status}`);
    console.log(`npm audit: the registry's audit endpoint did not answer (${why}); the offline table above stands`);
  } else {
    const serious = (counts.high ?? 0) + (counts.critical ?? 0);
    console.log(`npm audit: ${JSON.stringify(counts)}`);
    if (serious > 0) {
      console.error(`npm audit: ${serious} high or critical vulnerabilities in the production tree`);
      failed = true;
    }
  }
}

process.exit(failed ? 1 : 0);
