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

export interface Office {
  /** The `--accept=pipe,name=…` connection libreoffice-store.py talks to. */
  pipe: string;
  /** The office's process group (the `soffice` launcher and `soffice.bin`). */
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

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).filter(Boolean).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
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
  const pipe = `smartcampus_${path.basename(dir)}_${start}`; // stopOffices finds the pipes by this prefix
  const profile = path.join(dir, `profile-${start}`);
  mkdirSync(profile, { recursive: true });
  const child = spawn(
    "soffice",
    ["--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck", `-env:UserInstallation=file://${profile}`, `--accept=pipe,name=${pipe};urp;`],
    { detached: true, stdio: "ignore" },
  );
  child.unref();
  if (!child.pid) throw new Error("soffice did not start");
  writeFileSync(pidFile, JSON.stringify({ pid: child.pid, pipe }));
  return { pipe, pid: child.pid, pidFile };
}

/** Stops one office (its whole process group); the next `office()` starts another. */
export function stopOffice({ pid, pidFile }: Pick<Office, "pid" | "pidFile">): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
  rmSync(pidFile, { force: true });
}

/** Stops every office of a run folder (each one's whole process group) and removes the folder. */
export function stopOffices(dir: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => /^office-.*\.pid$/.test(n))) {
    const pidFile = path.join(dir, name);
    try {
      const { pid } = JSON.parse(readFileSync(pidFile, "utf8")) as { pid: number };
      if (pid > 0) stopOffice({ pid, pidFile });
    } catch {
      // not written out
    }
  }
  rmSync(dir, { recursive: true, force: true });
  // LibreOffice's pipe is a socket in the system's temporary folder (`OSL_PIPE_<uid>_<name>`), left by a killed office.
  const pipes = `smartcampus_${path.basename(dir)}_`;
  for (const folder of new Set([tmpdir(), "/tmp"])) {
    let entries: string[] = [];
    try {
      entries = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of entries) if (name.startsWith("OSL_PIPE_") && name.includes(pipes)) rmSync(path.join(folder, name), { force: true });
  }
}
