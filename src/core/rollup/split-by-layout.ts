import type { FileResult } from "../model/sheet-result";

/**
 * Splits a mixed set of files by the layout of each sheet: layout id → the files, each holding only
 * its sheets of that layout. A file with sheets of two layouts appears under both. Files that could
 * not be read and sheets that matched no layout are left out (see `createRollups` for their entries).
 */
export function splitByLayout(files: readonly FileResult[]): Map<string, FileResult[]> {
  const byLayout = new Map<string, FileResult[]>();
  for (const file of files) {
    const sheetsByLayout = new Map<string, FileResult["sheets"]>();
    for (const sheet of file.sheets) {
      const id = sheet.detection?.layoutId;
      if (id === undefined) continue;
      sheetsByLayout.set(id, [...(sheetsByLayout.get(id) ?? []), sheet]);
    }
    for (const [id, sheets] of sheetsByLayout) {
      byLayout.set(id, [...(byLayout.get(id) ?? []), { ...file, sheets }]);
    }
  }
  return byLayout;
}
