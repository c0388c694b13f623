import type { PaneEngine } from "../engine/pane-engine";
import { startReaderPool, type ReaderPool } from "./reader-pool";
import { readerScriptUrl } from "./reader-script";

/**
 * The page's reader workers for a roll-up of `files` files: one per core (`hardwareConcurrency`),
 * never more than the files, each with the engine's catalog. Undefined where workers cannot run
 * (no `Worker`, a policy or host that refuses them): the files are then read on the page's thread.
 */
export async function startPaneReaders(engine: PaneEngine, files: number, layoutId?: string): Promise<ReaderPool | undefined> {
  const script = readerScriptUrl();
  if (!script || files === 0) return undefined;
  const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 1;
  try {
    return await startReaderPool(script, Math.min(cores, files), { type: "setup", layouts: engine.catalogLayouts(), layoutId });
  } catch {
    return undefined;
  }
}
