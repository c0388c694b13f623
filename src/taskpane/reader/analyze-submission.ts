import { analyzeWorkbook } from "../../core/analyze";
import type { Catalog } from "../../core/layouts/catalog";
import type { LocatedIssue } from "../../core/model/issue";
import type { FileResult } from "../../core/model/sheet-result";
import type { ZipBudget } from "../../io/read/read-result";
import { readWorkbook } from "../../io/read/read-workbook";

export interface Submission {
  /** As dropped or listed (`某校.xlsx`, `归档.zip › 吴兴区/某校.xlsx`): a failure is located there. */
  name: string;
  /** The file's own name, for the reader's extension check (`某校.xlsx`). */
  fileName: string;
  /** The run's path (names made unique), which the sheets' results carry. */
  path: string;
  /** What is left of an archive's caps, for a file taken out of it. */
  budget?: ZipBudget;
}

/**
 * One file's bytes read and analysed as the pane's roll-up session does it (`addFile`): duplicates
 * left to the roll-up, the run's path as the file name. A file that cannot be read comes back with
 * its `unreadable-file` and no sheets.
 */
export function analyzeSubmission(bytes: Uint8Array, submission: Submission, options: { catalog: Catalog; layoutId?: string }): FileResult {
  const read = readWorkbook(bytes, submission.fileName, submission.budget ? { budget: submission.budget } : {});
  if (!read.ok) {
    const error: LocatedIssue = { ...read.issue, path: submission.name };
    return { path: submission.path, error, sheets: [] };
  }
  const { path } = submission;
  return analyzeWorkbook(path, read.grids, { catalog: options.catalog, layoutId: options.layoutId, fileName: path, checkDuplicates: false });
}
