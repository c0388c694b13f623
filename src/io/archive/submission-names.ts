/** Files read as submissions, in a folder and in an archive alike. */
export const SUBMISSION_EXTENSIONS = [".xlsx", ".xls", ".ods", ".csv", ".docx"] as const;

/** Archives opened and read as folders (one level of archives inside them too). */
export const ARCHIVE_EXTENSIONS = [".zip"] as const;

/**
 * Files that are not read but named all the same, so the staffer learns what to do with them: a
 * Word 97–2003 document (save as .docx), archives the product does not open (extract first).
 */
export const REFUSED_EXTENSIONS = [".doc", ".rar", ".7z"] as const;

/** Why a name found in a folder or an archive is not read. */
export type NameSkipReason = "lock-file" | "hidden" | "not-spreadsheet";

function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** The last part of a path with `/` or `\` separators. */
export function baseName(name: string): string {
  const parts = name.split(/[/\\]/);
  return parts[parts.length - 1];
}

export function isArchiveName(name: string): boolean {
  return (ARCHIVE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/**
 * Whether a file found in a folder or an archive is read: Office lock files (`~$…`), hidden files
 * (`.…`, and the `__MACOSX` copies macOS puts in zips) and files of other kinds are set aside.
 * A file named on the command line is read whatever its name.
 */
export function nameSkipReason(name: string): NameSkipReason | undefined {
  const base = baseName(name);
  if (base.startsWith("~$")) return "lock-file";
  if (base.startsWith(".") || name.split(/[/\\]/).some((part) => part === "__MACOSX" || part.startsWith("."))) return "hidden";
  const extension = extensionOf(name);
  const read = [...SUBMISSION_EXTENSIONS, ...ARCHIVE_EXTENSIONS, ...REFUSED_EXTENSIONS] as readonly string[];
  return read.includes(extension) ? undefined : "not-spreadsheet";
}
