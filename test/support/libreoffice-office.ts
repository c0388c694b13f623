import { spawn } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Thrown when `soffice` (or python3 with LibreOffice's `uno` module) is not installed. */
export class LibreOfficeMissingError extends Error {}

/**
 * The folder of this run's offices. Under jest it is made by test/global-setup.js and handed to the
 * workers as `SMARTCAMPUS_LIBREOFFICE_DIR`; test/global-teardown.js stops every office whose
 * `office-<worker>.pid` it holds and removes it. A script (the examples, the samples) gets its own,
 * stopped when the script exits.
 */
export const RUN_DIR_VARIABLE = "SMARTCAMPUS_LIBREOFFICE_DIR";

const WATCH = path.join(__dirname, "libreoffice-watch.py");

export interface Office {
  /** The `--accept=pipe,name=…` connection libreoffice-store.py talks to. */
  pipe: string;
  /** The office's process group (libreoffice-watch.py, the `soffice` launcher and `soffice.bin`). */
  pid: number;
  /** Where the run folder records it: `office-<worker>.pid`. */
  pidFile: string;
}

function runDir(): string {
  const given = process.env[RUN_DIR_VARIABLE];
  if (given) return given;
  const own = mkdtempSync(path.join(tmpdir(), "smartcampus-lo-run-"));
  process.env[RUN_DIR_VARIABLE] = own;
  process.on("exit", () => stopOffices(own));
  return own;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).filter(Boolean).some((dir) => executable(path.join(dir, command)));
}

/** Running, and not a zombie waiting for this process to collect it (Linux's /proc says which). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/** This process's worker: jest's worker id (test files of one worker share its office), else the process. */
function worker(): string {
  return process.env.JEST_WORKER_ID ? `w${process.env.JEST_WORKER_ID}` : `p${process.pid}`;
}

/**
 * This worker's LibreOffice, started on first use and kept for every later conversion of the
 * worker (every test file it runs), so a conversion costs a document load and save, not an office
 * start. Started again if it died.
 */
export function office(): Office {
  const dir = runDir();
  const id = worker();
  const pidFile = path.join(dir, `office-${id}.pid`);
  try {
    const recorded = JSON.parse(readFileSync(pidFile, "utf8")) as { pid: number; pipe: string };
    if (recorded.pid > 0 && alive(recorded.pid)) return { ...recorded, pidFile };
  } catch {
    // none yet
  }
  if (!onPath("soffice")) throw new LibreOfficeMissingError("LibreOffice (soffice) is not installed or not on PATH");
  // A fresh profile and pipe for each start, so an office started again never meets what a killed one left.
  const start = `${id}_${Date.now().toString(36)}`;
  const pipe = `smartcampus_${path.basename(dir)}_${start}`;
  const profile = path.join(dir, `profile-${start}`);
  mkdirSync(profile, { recursive: true });
  const python = process.env.PYTHON3_PATH || "/usr/bin/python3";
  if (!executable(python)) throw new LibreOfficeMissingError(`python3 (${python}) with LibreOffice's uno module is not installed`);
  const soffice = ["--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck", `--accept=pipe,name=${pipe};urp;`];
  // Through a watcher that stops the office (and removes its profile) when this process ends, however it ends.
  const child = spawn(python, [WATCH, String(process.pid), profile, ...soffice], { detached: true, stdio: "ignore" });
  child.on("error", () => undefined); // no pid below says it
  child.unref();
  if (!child.pid) throw new Error("soffice did not start");
  writeFileSync(pidFile, JSON.stringify({ pid: child.pid, pipe }));
  return { pipe, pid: child.pid, pidFile };
}

/**
 * Stops one office: its watcher (libreoffice-watch.py) stops the office, removes its profile and
 * pipe, and exits. The next `office()` starts another.
 */
export function stopOffice({ pid, pidFile }: Pick<Office, "pid" | "pidFile">): void {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // already gone
  }
  rmSync(pidFile, { force: true });
}

/** Stops every office of a run folder and removes the folder. */
export function stopOffices(dir: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const stopping: number[] = [];
  for (const name of names.filter((n) => /^office-.*\.pid$/.test(n))) {
    const pidFile = path.join(dir, name);
    try {
      const { pid } = JSON.parse(readFileSync(pidFile, "utf8")) as { pid: number };
      if (pid > 0) stopOffice({ pid, pidFile }), stopping.push(pid);
    } catch {
      // not written out
    }
  }
  // Waited for (synchronously: this also runs as the process exits), so the folder is not removed under an office still writing its profile.
  const deadline = Date.now() + 8000;
  while (stopping.some(alive) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
