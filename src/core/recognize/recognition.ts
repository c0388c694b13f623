import type { Layout } from "../layout/schema";
import type { Detection } from "../model/sheet-result";
import type { HeaderMatch } from "./match-header";

/**
 * What a recogniser found, for the record readers: the public `Detection` (1-based source rows and
 * columns) and the same facts 0-based on the grid.
 */
export interface Recognition {
  layout: Layout;
  detection: Detection;
  /** The header as matched (0-based); absent for a form. */
  header?: HeaderMatch;
  /** 0-based rows of a form's labels: field → [row, column of its value]. */
  formCells?: Record<string, [number, number]>;
  /** Columns matched, 0..1, before title and info weigh in. */
  score: number;
  /** Accepted without a layout being forced. */
  accepted: boolean;
}
