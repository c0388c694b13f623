import type { Layout } from "../../core/layout/schema";
import type { LocatedIssue } from "../../core/model/issue";
import type { FileResult } from "../../core/model/sheet-result";

/**
 * The messages between the page and its reader workers (`reader-worker.ts`, bundled apart as
 * `pane-reader.js`). A dropped file travels as its bytes, transferred (an archive as its `File`,
 * once); what comes back is the analysed file, its grids left behind.
 */

/** Page → worker, first: the catalog as plain layouts, rebuilt in the worker. */
export interface ReaderSetup {
  type: "setup";
  layouts: Layout[];
  /** Read every sheet as this layout (the 评分 tab). */
  layoutId?: string;
}

/** Page → worker: read and analyse one file. */
export interface ReadTask {
  type: "read";
  index: number;
  source: Blob | Uint8Array;
  /** As dropped (`某校.xlsx`): the reader's file name and the path of a failure. */
  name: string;
  /** As the run reports it, made unique (`某校.xlsx (2)`). */
  path: string;
}

/** Page → worker: open an archive and keep it, to list its files now and read them later. */
export interface OpenArchiveTask {
  type: "open";
  archive: number;
  source: Blob | Uint8Array;
  name: string;
}

/** Page → worker: read every file of an archive it opened, as `first`, `first + 1` …, under the archive's one budget. */
export interface ReadArchiveTask {
  type: "read-archive";
  archive: number;
  first: number;
  /** The run's path of each file, in the listing's order. */
  paths: string[];
}

export type ToReader = ReaderSetup | ReadTask | OpenArchiveTask | ReadArchiveTask;

/** A file of an opened archive, as listed. */
export interface ListedFile {
  path: string;
  modified: Date;
}

export type FromReader =
  /** Set up: the worker takes tasks. */
  | { type: "ready" }
  | { type: "opened"; archive: number; files: ListedFile[] }
  | { type: "opened"; archive: number; files: []; error: LocatedIssue }
  /** One file's result, or the message of what the engine threw on it. */
  | { type: "done"; index: number; file: FileResult }
  | { type: "done"; index: number; thrown: string }
  /** The task is finished: the worker takes the next. */
  | { type: "free" };
