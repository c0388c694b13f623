import type { IssueCode, LocatedIssue } from "../model/issue";
import { baseName } from "../rollup/period";
import type { RollupRun } from "../rollup/result";

/** One submitted file with at least one issue: what goes back to the school that sent it. */
export interface FeedbackFile {
  /** The file as the run names it (relative path, or the name in the pane). */
  path: string;
  /** The school the file is from: the one school its rows name, else the file's name without extension. */
  school: string;
  /** The layout its data was read as; undefined when none was recognised. */
  layout?: string;
  /** The file could be read (a copy can be made); false for an unreadable file (a message only). */
  readable: boolean;
  /** Its issues in sheet, row and column order. */
  issues: LocatedIssue[];
}

/** A roster entry that sent nothing: a line in the summary, not a file. */
export interface MissingSubmitter {
  name: string;
  district?: string;
  layout: string;
}

/**
 * Issues that are the roll-up's bookkeeping, not a fault the school can fix in its file: which of
 * two files was used (`superseded-file`), a roster entry that sent nothing (`not-submitted`).
 */
const NOT_FOR_THE_SCHOOL: ReadonlySet<IssueCode> = new Set<IssueCode>(["superseded-file", "not-submitted"]);

/**
 * The files to send back: every input file with at least one issue of its own in the run (row,
 * sheet and roll-up issues located in it), unreadable files and files whose sheets matched no layout
 * included; files without an issue are left out. Also every roster entry that sent nothing.
 */
export function feedbackFiles(run: RollupRun): { files: FeedbackFile[]; missing: MissingSubmitter[] } {
  const order = new Map<string, number>();
  const sheetOrder = new Map<string, number>();
  for (const entry of run.files) {
    if (!order.has(entry.path)) order.set(entry.path, order.size);
    if (entry.sheet !== null && !sheetOrder.has(`${entry.path}\u0000${entry.sheet}`)) sheetOrder.set(`${entry.path}\u0000${entry.sheet}`, sheetOrder.size);
  }
  const byPath = new Map<string, FeedbackFile>();
  const schools = new Map<string, Set<string>>();
  const fileOf = (path: string): FeedbackFile => {
    let found = byPath.get(path);
    if (!found) byPath.set(path, (found = { path, school: "", readable: true, issues: [] }));
    return found;
  };
  const missing: MissingSubmitter[] = [];
  for (const rollup of run.rollups) {
    for (const record of rollup.records) {
      const set = schools.get(record.source.path) ?? new Set<string>();
      if (record.school) set.add(record.school);
      schools.set(record.source.path, set);
    }
    for (const found of rollup.issues) {
      if (found.code === "not-submitted") {
        // One line per entry, however many layouts it is missing from.
        if (missing.some((m) => m.name === (found.value ?? "") && m.district === found.params?.district)) continue;
        missing.push({ name: found.value ?? "", ...(found.params?.district ? { district: found.params.district } : {}), layout: rollup.layout });
        continue;
      }
      if (NOT_FOR_THE_SCHOOL.has(found.code) || found.path === undefined || !order.has(found.path)) continue;
      const file = fileOf(found.path);
      file.layout ??= rollup.layout;
      file.issues.push(found);
    }
  }
  const merged = new Set(run.files.filter((f) => f.status === "merged").map((f) => f.path));
  for (const entry of run.files) {
    if (!entry.error || merged.has(entry.path)) continue;
    // A file that failed, or whose sheets all matched no layout (a 填表说明 sheet beside the data is not a fault).
    const file = fileOf(entry.path);
    if (entry.status === "failed") file.readable = false;
    file.issues.push({ ...entry.error, path: entry.path, ...(entry.sheet !== null ? { sheet: entry.sheet } : {}) });
  }
  const stem = (path: string) => baseName(path).replace(/\.[^.]+$/u, "");
  const files = [...byPath.values()]
    .map((file) => {
      const named = [...(schools.get(file.path) ?? [])];
      const sorted = [...file.issues].sort(
        (a, b) =>
          (sheetOrder.get(`${file.path}\u0000${a.sheet ?? ""}`) ?? -1) - (sheetOrder.get(`${file.path}\u0000${b.sheet ?? ""}`) ?? -1) ||
          (a.row ?? 0) - (b.row ?? 0) ||
          (a.column ?? 0) - (b.column ?? 0),
      );
      return { ...file, school: named.length === 1 ? named[0] : stem(file.path), issues: sorted };
    })
    .sort((a, b) => order.get(a.path)! - order.get(b.path)!);
  return { files, missing };
}
