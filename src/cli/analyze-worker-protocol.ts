import type { Layout } from "../core/layout/schema";
import type { AnalyzedFile } from "./analyze-file";
import type { InputFile } from "./input-files";

/** What a worker is started with (`workerData`): the catalog as plain layouts, and the options. */
export interface WorkerSetup {
  layouts: Layout[];
  layoutId?: string;
  city?: string;
  checkDuplicates?: boolean;
}

/** Main thread → worker: analyse this file. */
export interface WorkerTask {
  index: number;
  input: InputFile;
}

/** Worker → main thread: the file's result. */
export interface WorkerDone {
  index: number;
  file: AnalyzedFile;
}
