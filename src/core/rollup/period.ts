/**
 * A monthly report's period as `YYYY-MM`, from text such as `2025年6月`, `2025年06月份`, `2025.6`,
 * `2025-06`, `2025_6` or `202506` (in a title or a file name). Undefined when the text names none.
 */
export function parsePeriod(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.normalize("NFKC");
  const m =
    /(20\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月/u.exec(t) ??
    /(20\d{2})[-./_](1[0-2]|0?[1-9])(?!\d)/u.exec(t) ??
    /(?<!\d)(20\d{2})(1[0-2]|0[1-9])(?!\d)/u.exec(t);
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, "0")}`;
}

/** The file name of a path (either slash). */
export function baseName(path: string): string {
  // `归档.zip › 某校.xlsx`: a file inside an archive is named after the archive's path.
  return path.split(/[\\/]| › /u).pop() ?? path;
}

/**
 * The period of a sheet: the caller's option (by path, then by file name) first, then the sheet's
 * title, then the file name.
 */
export function periodOf(path: string, title: string | undefined, periods?: Record<string, string>): string | undefined {
  const given = periods?.[path] ?? periods?.[baseName(path)];
  return parsePeriod(given) ?? parsePeriod(title) ?? parsePeriod(baseName(path));
}
