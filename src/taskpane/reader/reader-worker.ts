/**
 * A reader worker of the page's roll-up (bundled apart as pane-reader.js; in the one-file page it
 * rides along as text and starts from a Blob URL). It reads and analyses the files the page hands
 * it, one task at a time, and posts each result back; SheetJS and the engine run here, never on
 * the page's thread. An archive it opened stays here until its files are read, so its one budget
 * of caps covers them all.
 */
import { openArchive, type ArchiveListing } from "../../io/archive/open-archive";
import { createCatalog, type Catalog } from "../../core/layouts/catalog";
import type { Issue, LocatedIssue } from "../../core/model/issue";
import { analyzeSubmission } from "./analyze-submission";
import type { FromReader, ToReader } from "./reader-protocol";

type Opened = Extract<ArchiveListing, { ok: true }>;

const scope = self as unknown as { onmessage: ((event: MessageEvent<ToReader>) => void) | null; postMessage(message: FromReader): void };
const post = (message: FromReader) => scope.postMessage(message);

let options: { catalog: Catalog; layoutId?: string } | undefined;
const archives = new Map<number, Opened>();
/** Tasks run one after another, in the order they came. */
let queue: Promise<void> = Promise.resolve();

const bytesOf = async (source: Blob | Uint8Array): Promise<Uint8Array> => (source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer()));
const located = (found: Issue, path: string): LocatedIssue => ({ ...found, path });
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function run(task: ToReader): Promise<void> {
  if (task.type === "setup") {
    options = { catalog: createCatalog(task.layouts), layoutId: task.layoutId };
    post({ type: "ready" });
    return;
  }
  if (!options) throw new Error("reader worker: a task before its setup");
  const analyse = options;
  if (task.type === "read") {
    try {
      const file = analyzeSubmission(await bytesOf(task.source), { name: task.name, fileName: task.name, path: task.path }, analyse);
      post({ type: "done", index: task.index, file });
    } catch (error) {
      post({ type: "done", index: task.index, thrown: messageOf(error) });
    }
  } else if (task.type === "open") {
    let listing: ArchiveListing;
    try {
      listing = openArchive(await bytesOf(task.source), task.name);
    } catch (error) {
      post({ type: "opened", archive: task.archive, files: [], error: { code: "unreadable-file", severity: "error", path: task.name, value: messageOf(error) } });
      post({ type: "free" });
      return;
    }
    if (listing.ok) {
      archives.set(task.archive, listing);
      post({ type: "opened", archive: task.archive, files: listing.entries.map((entry) => ({ path: entry.path, modified: entry.modified })) });
    } else {
      post({ type: "opened", archive: task.archive, files: [], error: { ...listing.failure.issue, path: task.name } });
    }
  } else {
    const listing = archives.get(task.archive);
    archives.delete(task.archive);
    const entries = listing?.entries ?? [];
    for (let k = 0; k < task.paths.length; k++) {
      const index = task.first + k;
      const entry = entries[k];
      try {
        if (!listing || !entry) throw new Error("reader worker: archive not open");
        const taken = entry.bytes();
        const file = taken.ok
          ? analyzeSubmission(taken.bytes, { name: entry.path, fileName: entry.fileName, path: task.paths[k], budget: listing.budget }, analyse)
          : { path: task.paths[k], error: located(taken.failure.issue, entry.path), sheets: [] };
        post({ type: "done", index, file });
      } catch (error) {
        post({ type: "done", index, thrown: messageOf(error) });
      }
    }
  }
  post({ type: "free" });
}

scope.onmessage = (event) => {
  queue = queue.then(() => run(event.data));
};
