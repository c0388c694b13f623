import type { Grid } from "../../src/core/model/grid";
import { readWorkbook } from "../../src/io/read/read-workbook";
import type { ReadOptions } from "../../src/io/read/read-result";

/** `readWorkbook` for tests: the grids, or an exception carrying the reason and message. */
export function readGrids(bytes: Uint8Array, name: string, options?: ReadOptions): Grid[] {
  const result = readWorkbook(bytes, name, options);
  if (!result.ok) throw new Error(`${name}: ${result.reason} — ${result.message.en} ${result.detail ?? ""}`);
  return result.grids;
}
