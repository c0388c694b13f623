import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const SCRIPT = path.join(__dirname, "..", "..", "scripts", "check-system.mjs");

/** Run the check with some of its environment replaced; the rest is this machine's. */
function check(overrides: Record<string, string>) {
  const run = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, ...overrides }, encoding: "utf8" });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

let empty: string;
beforeAll(() => {
  empty = mkdtempSync(path.join(tmpdir(), "smartcampus-nopath-"));
});
afterAll(() => rmSync(empty, { recursive: true, force: true }));

test("on this machine (what npm test just checked) everything is found", () => {
  const run = check({});
  expect(run.stderr).not.toContain("missing:");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("chromium, soffice (Calc and Writer), zip and python3-uno found");
});

test("a missing Chromium is named in one line with its package", () => {
  const run = check({ CHROMIUM_PATH: path.join(empty, "chromium") });
  expect(run.status).toBe(1);
  const lines = run.stderr.split("\n").filter((l) => l.startsWith("missing:"));
  expect(lines).toEqual([`missing: Chromium at ${path.join(empty, "chromium")}, needed by the task pane's browser tests — apt-get install chromium`]);
  expect(run.stderr).toContain("sudo apt-get install --no-install-recommends chromium ");
});

test("nothing on PATH: LibreOffice, its Writer and zip are named", () => {
  const run = check({ PATH: empty });
  expect(run.status).toBe(1);
  expect(run.stderr.split("\n").filter((l) => l.startsWith("missing:"))).toEqual([
    "missing: LibreOffice (soffice on PATH), needed by the .xls/.ods conversion tests — apt-get install libreoffice-calc-nogui",
    "missing: LibreOffice Writer (libswlo.so beside soffice), needed by the Word file tests — apt-get install libreoffice-writer-nogui",
    "missing: Info-ZIP zip on PATH, needed by the password-protected archive test — apt-get install zip",
  ]);
});

test("a python without LibreOffice's uno module is named (python3-uno)", () => {
  // /bin/false runs and fails, as a python without `uno` fails `import uno`.
  const run = check({ PYTHON3_PATH: "/bin/false" });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('missing: LibreOffice\'s Python bridge (/bin/false -c "import uno"), needed by every LibreOffice conversion in the tests — apt-get install python3-uno');
});

test("all missing: one line each, then one apt-get command for all of them", () => {
  const run = check({ CHROMIUM_PATH: path.join(empty, "chromium"), PATH: empty, PYTHON3_PATH: path.join(empty, "python3") });
  expect(run.status).toBe(1);
  expect(run.stderr.split("\n").filter((l) => l.startsWith("missing:"))).toHaveLength(5);
  expect(run.stderr).toContain("sudo apt-get install --no-install-recommends chromium libreoffice-calc-nogui libreoffice-writer-nogui zip python3-uno ");
});
