import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyNames, feedbackFiles, messagesText, MESSAGES_FILE, schoolMessage, type MissingSubmitter } from "../core/feedback";
import type { Catalog } from "../core/layouts/catalog";
import { MESSAGE_TABLES } from "../core/messages/format-issue";
import type { RollupRun } from "../core/rollup/result";
import { writeFeedbackCopy } from "../io/write";
import { RunError } from "./errors";
import { displayPath, type InputFile } from "./input-files";
import type { Locale } from "./locale";
import { nodeInflateRaw } from "./node-inflate";

/** One school's file sent back: its message, and the copy written (or why none was). */
export interface FeedbackEntry {
  /** The submitted file, as the report names it. */
  path: string;
  school: string;
  layout: string | null;
  issues: number;
  /** The text to paste (≤ 500 characters). */
  message: string;
  /** The copy written, as the report names it; null when none could be made. */
  copy: string | null;
  /** Why no copy was made (the file could not be read, or could not be written). */
  error?: string;
}

export interface FeedbackOutcome {
  /** The folder, as the report names it. */
  dir: string;
  /** 退回说明.txt, as the report names it. */
  messages: string;
  files: FeedbackEntry[];
  /** Roster entries that sent nothing: a line each, no copy. */
  missing: MissingSubmitter[];
}

/**
 * Writes into `dir` a marked copy (`退回_某校.xlsx`) of every submitted file with an issue, and
 * `退回说明.txt` with every school's message. Sources are only read. A file whose copy cannot be made
 * is listed with the reason and the others are still written.
 */
export async function writeFeedback(run: RollupRun, inputs: readonly InputFile[], dir: string, cwd: string, locale: Locale, catalog: Catalog): Promise<FeedbackOutcome> {
  const byDisplay = new Map(inputs.map((input) => [input.display, input]));
  const { files, missing } = feedbackFiles(run);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new RunError("run.writeFailed", { path: displayPath(dir, cwd), reason: (error as Error).message });
  }
  const names = copyNames(files.map((f) => f.school));
  const entries: FeedbackEntry[] = [];
  for (const [n, file] of files.entries()) {
    const layout = file.layout ? catalog.get(file.layout) : undefined;
    const message = schoolMessage(file, layout, locale);
    const entry: FeedbackEntry = { path: file.path, school: file.school, layout: file.layout ?? null, issues: file.issues.length, message, copy: null };
    const input = byDisplay.get(file.path);
    if (file.readable && input) {
      const target = path.join(dir, names[n]);
      try {
        const bytes = readFileSync(input.absolute);
        const copy = await writeFeedbackCopy({ bytes, fileName: path.basename(input.absolute), inflateRaw: nodeInflateRaw }, file.issues, {
          locale,
          school: file.school,
          title: layout?.title ?? path.basename(input.absolute),
        });
        writeFileSync(target, copy.bytes);
        entry.copy = displayPath(target, cwd);
      } catch (error) {
        entry.error = (error as Error).message;
      }
    }
    entries.push(entry);
  }
  const messagesPath = path.join(dir, MESSAGES_FILE);
  try {
    writeFileSync(messagesPath, messagesText(entries.map((e) => e.message), missing, MESSAGE_TABLES[locale].feedback.missingHeading(missing.length)), "utf8");
  } catch (error) {
    throw new RunError("run.writeFailed", { path: displayPath(messagesPath, cwd), reason: (error as Error).message });
  }
  return { dir: displayPath(dir, cwd), messages: displayPath(messagesPath, cwd), files: entries, missing };
}

/** A file inside the feedback folder (a copy written last time) is never read as a submission. */
export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
