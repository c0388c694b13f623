import { useState } from "react";
import type { NoticeState } from "../components/Notice";
import { usePaneText } from "../i18n/strings";
import { isAcceptedFileName } from "./accepted-files";

/** The same file dropped again has the same name, size and modification time. */
function sameFileKey(file: File): string {
  return `${file.name}|${file.size}|${file.lastModified}`;
}

/**
 * The files dropped or picked into a tab. A later drop joins the files already there (a file
 * dropped again is not added twice); files the pane cannot read are refused with a notice.
 */
export function useDroppedFiles(setNotice: (notice: NoticeState) => void) {
  const { t } = usePaneText();
  const [files, setFiles] = useState<File[]>([]);

  /** Adds the readable files of `picked`; returns the whole list, or `undefined` when none was readable. */
  const add = (picked: File[]): File[] | undefined => {
    const accepted = picked.filter((file) => isAcceptedFileName(file.name));
    const refused = picked.filter((file) => !isAcceptedFileName(file.name));
    if (refused.length > 0) setNotice({ kind: "error", text: t("unsupportedFile", { name: refused.map((f) => f.name).join("、") }) });
    if (accepted.length === 0) return undefined;
    // Only a later drop needs the keys: a file's size and time are each a call to the file system.
    const known = new Set(files.map(sameFileKey));
    const next = files.length === 0 ? accepted : [...files, ...accepted.filter((file) => !known.has(sameFileKey(file)))];
    setFiles(next);
    return next;
  };

  return { files, add, clear: () => setFiles([]) };
}
