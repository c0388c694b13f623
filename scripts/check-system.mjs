// Before the test suite: are the system programs its tests drive installed? Each missing one is
// named on one line with the Debian package that provides it, then the one apt-get command that
// installs them all (the same packages `.ci/run` installs), and the check exits 1 — instead of a
// test failing minutes later deep inside a LibreOffice or Chromium call.
//
// Where each program is looked for can be moved with the environment, as the tests do:
//   CHROMIUM_PATH  the browser playwright-core drives (default /usr/bin/chromium, as test/e2e uses)
//   PYTHON3_PATH   the python with LibreOffice's `uno` module (default /usr/bin/python3: Debian's
//                  python3-uno installs the module for the system python only)
//   PATH           where `soffice` is found
// The CJK font only makes the pane's screenshots legible, so a missing font is a note, not a failure.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

const env = process.env;
const chromium = env.CHROMIUM_PATH || "/usr/bin/chromium";
const python = env.PYTHON3_PATH || "/usr/bin/python3";

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(command) {
  return (env.PATH ?? "").split(path.delimiter).filter(Boolean).some((dir) => executable(path.join(dir, command)));
}

/** LibreOffice Writer's library beside the soffice found on PATH (Debian: /usr/lib/libreoffice/program). */
function hasWriter() {
  const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean).filter((dir) => executable(path.join(dir, "soffice")));
  return dirs.some((dir) => {
    try {
      return existsSync(path.join(path.dirname(realpathSync(path.join(dir, "soffice"))), "libswlo.so"));
    } catch {
      return false;
    }
  });
}

function pythonHasUno() {
  if (!executable(python)) return false;
  const run = spawnSync(python, ["-c", "import uno"], { stdio: "ignore", timeout: 30_000 });
  return run.status === 0;
}

function hasCjkFont() {
  const run = spawnSync("fc-list", [], { encoding: "utf8", timeout: 30_000 });
  return run.status === 0 && /noto sans cjk/i.test(run.stdout);
}

/** What the suite needs: what it is, how it was looked for, the Debian package that provides it. */
const requirements = [
  { what: `Chromium at ${chromium}`, why: "the task pane's browser tests", pkg: "chromium", ok: () => executable(chromium) },
  { what: "LibreOffice (soffice on PATH)", why: "the .xls/.ods conversion tests", pkg: "libreoffice-calc-nogui", ok: () => onPath("soffice") },
  { what: "LibreOffice Writer (libswlo.so beside soffice)", why: "the Word file tests", pkg: "libreoffice-writer-nogui", ok: hasWriter },
  { what: "Info-ZIP zip on PATH", why: "the password-protected archive test", pkg: "zip", ok: () => onPath("zip") },
  { what: `LibreOffice's Python bridge (${python} -c "import uno")`, why: "every LibreOffice conversion in the tests", pkg: "python3-uno", ok: pythonHasUno },
];

const missing = requirements.filter((r) => !r.ok());
for (const r of missing) console.error(`missing: ${r.what}, needed by ${r.why} — apt-get install ${r.pkg}`);
if (!hasCjkFont()) console.error("note: no Noto Sans CJK font (fc-list): the pane's screenshots will show boxes for Chinese text — apt-get install fonts-noto-cjk");
if (missing.length) {
  console.error(`install them with: sudo apt-get install --no-install-recommends ${missing.map((r) => r.pkg).join(" ")}   (bash .ci/run does this)`);
  process.exit(1);
}
console.log("system check: chromium, soffice (Calc and Writer), zip and python3-uno found");
