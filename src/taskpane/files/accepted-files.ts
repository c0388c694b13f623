import { ARCHIVE_EXTENSIONS, REFUSED_EXTENSIONS, SUBMISSION_EXTENSIONS } from "../../io/archive/submission-names";

/**
 * The files the roll-up tabs take (what `src/io` understands): spreadsheets, Word documents, .zip
 * archives of them, and the files it names with what to do (.doc → save as .docx; .rar, .7z →
 * extract first).
 */
export const ACCEPTED_EXTENSIONS = [...SUBMISSION_EXTENSIONS, ...ARCHIVE_EXTENSIONS, ...REFUSED_EXTENSIONS] as const;

/** The `accept` attribute of the file pickers. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(",");

/** One document, without archives: what the validate tab opens. */
export const DOCUMENT_ACCEPT_ATTRIBUTE = SUBMISSION_EXTENSIONS.join(",");

const hasExtension = (name: string, extensions: readonly string[]) => {
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
};

/** Whether a file name has an extension the roll-up tabs read (case-insensitive). */
export function isAcceptedFileName(name: string): boolean {
  return hasExtension(name, ACCEPTED_EXTENSIONS);
}

/** Whether a file is one spreadsheet or Word document (the validate tab checks one at a time). */
export function isDocumentFileName(name: string): boolean {
  return hasExtension(name, SUBMISSION_EXTENSIONS);
}
