import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { RunError } from "./errors";
import { writePrettyJson } from "./pretty-json";

/**
 * Writes a command's data as pretty JSON (UTF-8), creating the folder, a megabyte at a time (the
 * text of a large roll-up's report is never held whole). Never touches a source file.
 */
export function writeJsonReport(cwd: string, file: string, data: unknown): string {
  const absolute = path.resolve(cwd, file);
  try {
    mkdirSync(path.dirname(absolute), { recursive: true });
    const fd = openSync(absolute, "w");
    try {
      writePrettyJson(data, (chunk) => writeSync(fd, chunk, null, "utf8"));
      writeSync(fd, "\n", null, "utf8");
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new RunError("run.writeFailed", { path: file, reason: (error as Error).message });
  }
  return absolute;
}
