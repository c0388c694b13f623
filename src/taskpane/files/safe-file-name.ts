/** A file name with the characters Windows and macOS refuse replaced by `_`. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "_").trim() || "smartcampus.xlsx";
}
