import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RunError } from "./errors";

/** Writes a command's data as pretty JSON (UTF-8), creating the folder. Never touches a source file. */
export function writeJsonReport(cwd: string, file: string, data: unknown): string {
  const absolute = path.resolve(cwd, file);
  try {
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, `${JSON.stringify(data, null, 2)}\n`, "utf8");
  } catch (error) {
    throw new RunError("run.writeFailed", { path: file, reason: (error as Error).message });
  }
  return absolute;
}
