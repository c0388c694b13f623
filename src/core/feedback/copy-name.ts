/** The characters Windows and macOS refuse in a file name. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/gu;

/**
 * The returned copy's file name for each school, in order: `退回_某校.xlsx`, a second copy for the
 * same school `退回_某校（2）.xlsx`, so no copy overwrites another.
 */
export function copyNames(schools: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return schools.map((school) => {
    const base = `退回_${school.replace(UNSAFE, "_").trim() || "文件"}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? `${base}.xlsx` : `${base}（${n}）.xlsx`;
  });
}

/** The file holding every message to paste, beside the copies. */
export const MESSAGES_FILE = "退回说明.txt";
