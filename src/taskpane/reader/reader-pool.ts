import type { LocatedIssue } from "../../core/model/issue";
import type { FileResult } from "../../core/model/sheet-result";
import type { FromReader, ListedFile, ReaderSetup, ToReader } from "./reader-protocol";
import { InputOrder } from "../../io/pool/input-order";

/** An archive one worker has opened and keeps, to read its files later. */
export interface OpenedArchive {
  /** Its files as listed, or why it could not be opened (then `files` is empty). */
  files: ListedFile[];
  error?: LocatedIssue;
  /** Which worker holds it. */
  readonly holder: number;
  readonly id: number;
}

/** Work for the pool: one dropped file, or every file of an opened archive (one index each). */
export type PoolItem =
  | { kind: "file"; source: Blob | Uint8Array; name: string; path: string }
  | { kind: "archive"; archive: OpenedArchive; paths: string[] };

/** One file's outcome: analysed, or what the engine threw on it (the file then fails). */
export type PoolResult = { file: FileResult; modified?: Date } | { thrown: string };

/** Thrown by `analyze` when `stop` ended the workers before every result was in. */
export class ReaderPoolStopped extends Error {
  constructor() {
    super("reader workers stopped");
    this.name = "ReaderPoolStopped";
  }
}

export interface ReaderPool {
  readonly size: number;
  open(source: Blob | Uint8Array, name: string): Promise<OpenedArchive>;
  /**
   * Reads the items on every worker and yields one result per file in item order (an archive's
   * files in its listing's order), whatever worker finished first, so the roll-up built from them
   * does not depend on scheduling. A worker that dies takes only its files with it (they fail as
   * thrown); a new one takes over.
   */
  analyze(items: readonly PoolItem[], onReading?: (index: number) => void): AsyncGenerator<PoolResult>;
  /** Ends every worker now; a running `analyze` throws `ReaderPoolStopped`. */
  stop(): void;
}

/** Results finished but not yet handed on, per worker: bounds memory whatever the order. */
const AHEAD_PER_WORKER = 4;
/**
 * Tasks queued in a worker at once: it starts the next file as soon as it has posted one, without
 * waiting for this thread (busy painting, or starved on a loaded machine) to hand it another.
 */
const QUEUED_PER_WORKER = 3;

interface Slot {
  worker: Worker;
  /** Tasks posted (or being read to post) and not yet reported free. */
  outstanding: number;
  /** Indices of the files its tasks will report (the ones lost if it dies). */
  pending: Set<number>;
  dead: boolean;
}

/**
 * Starts `size` reader workers from `script` and waits until each has rebuilt the catalog;
 * rejects (every worker ended) when one cannot start, so the caller can read on its own thread.
 */
export async function startReaderPool(script: string, size: number, setup: ReaderSetup): Promise<ReaderPool> {
  const slots: Slot[] = [];
  let stopped = false;
  let archives = 0;
  const opening = new Map<number, (message: Extract<FromReader, { type: "opened" }>) => void>();
  /** The running `analyze`'s hooks. */
  let onDone: ((index: number, result: PoolResult) => void) | undefined;
  let onChange: (() => void) | undefined;

  const post = (slot: Slot, task: ToReader) => {
    slot.outstanding++;
    slot.worker.postMessage(task);
  };

  const start = (at: number): Promise<void> =>
    new Promise<void>((ready, failed) => {
      const worker = new Worker(script, { name: `pane-reader-${at + 1}` });
      const slot: Slot = { worker, outstanding: 0, pending: new Set(), dead: false };
      slots[at] = slot;
      let started = false;
      worker.onmessage = (event: MessageEvent<FromReader>) => {
        const message = event.data;
        if (message.type === "ready") {
          started = true;
          ready();
        } else if (message.type === "opened") {
          opening.get(message.archive)?.(message);
          opening.delete(message.archive);
        } else if (message.type === "done") {
          slot.pending.delete(message.index);
          onDone?.(message.index, "file" in message ? { file: message.file } : { thrown: message.thrown });
        } else {
          slot.outstanding--;
          onChange?.();
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        const reason = event.message || "reader worker failed";
        if (!started) {
          slot.dead = true;
          failed(new Error(reason));
          return;
        }
        lose(at, reason);
      };
      worker.postMessage(setup);
    });

  /** A worker died: its files fail, a new worker takes its place (archives it held are lost with it). */
  const lose = (at: number, reason: string) => {
    const slot = slots[at];
    if (slot.dead || stopped) return;
    slot.dead = true;
    slot.worker.terminate();
    for (const index of slot.pending) onDone?.(index, { thrown: reason });
    slot.pending.clear();
    for (const [archive, resolve] of opening) {
      if (held.get(archive) === at) {
        resolve({ type: "opened", archive, files: [], error: { code: "unreadable-file", severity: "error", value: reason } });
        opening.delete(archive);
      }
    }
    void start(at).then(() => onChange?.(), () => undefined);
    onChange?.();
  };

  const held = new Map<number, number>();
  const stopAll = () => {
    stopped = true;
    for (const slot of slots) slot?.worker.terminate();
    onChange?.();
  };

  try {
    await Promise.all(Array.from({ length: size }, (_, at) => start(at)));
  } catch (error) {
    stopAll();
    throw error;
  }

  return {
    size,
    open(source, name) {
      const at = slots.reduce((best, slot, i) => (slot.outstanding < slots[best].outstanding ? i : best), 0);
      const id = ++archives;
      held.set(id, at);
      return new Promise<OpenedArchive>((resolve, reject) => {
        if (stopped) {
          reject(new ReaderPoolStopped());
          return;
        }
        opening.set(id, (message) => resolve({ files: message.files, ...("error" in message ? { error: message.error } : {}), holder: at, id }));
        post(slots[at], { type: "open", archive: id, source, name });
      });
    },

    async *analyze(items, onReading) {
      const total = items.reduce((n, item) => n + (item.kind === "file" ? 1 : item.paths.length), 0);
      const firsts: number[] = [];
      items.reduce((first, item) => (firsts.push(first), first + (item.kind === "file" ? 1 : item.paths.length)), 0);
      const order = new InputOrder<PoolResult>();
      let next = 0;
      const dispatch = () => {
        const window = order.yielded + slots.length * AHEAD_PER_WORKER;
        while (next < items.length && firsts[next] < window) {
          const item = items[next];
          const first = firsts[next];
          if (item.kind === "archive") {
            const slot = slots[item.archive.holder];
            if (item.archive.error || slot.dead) {
              // Its files were never listed, or the worker holding them is gone.
              for (let k = 0; k < item.paths.length; k++) order.put(first + k, { thrown: "archive lost" });
              next++;
              continue;
            }
            if (slot.outstanding >= QUEUED_PER_WORKER) break;
            for (let k = 0; k < item.paths.length; k++) slot.pending.add(first + k);
            post(slot, { type: "read-archive", archive: item.archive.id, first, paths: item.paths });
            onReading?.(first);
          } else {
            const slot = slots.filter((s) => !s.dead && s.outstanding < QUEUED_PER_WORKER).sort((a, b) => a.outstanding - b.outstanding)[0];
            if (!slot) break;
            slot.pending.add(first);
            // Taken until the worker reports free; the bytes are posted once read.
            slot.outstanding++;
            void sendRead(slot, item, first);
            onReading?.(first);
          }
          next++;
        }
      };
      /** A dropped file's time, read here as its bytes are. */
      const modifiedOf = new Map<number, Date>();
      /**
       * Posts a file's bytes, transferred. Posting the browser's `File` itself cost this thread a
       * synchronous look-up of the file per message; reading its bytes is the browser's own I/O.
       */
      const sendRead = async (slot: Slot, item: Extract<PoolItem, { kind: "file" }>, index: number) => {
        let bytes: Uint8Array;
        try {
          if (item.source instanceof Uint8Array) bytes = item.source;
          else {
            if (typeof File !== "undefined" && item.source instanceof File) modifiedOf.set(index, new Date(item.source.lastModified));
            bytes = new Uint8Array(await item.source.arrayBuffer());
          }
        } catch (error) {
          slot.pending.delete(index);
          slot.outstanding--;
          order.put(index, { thrown: error instanceof Error ? error.message : String(error) });
          dispatch();
          return;
        }
        // A worker that died meanwhile has reported this file lost.
        if (stopped || slot.dead) return;
        const task: ToReader = { type: "read", index, source: bytes, name: item.name, path: item.path };
        slot.worker.postMessage(task, item.source instanceof Uint8Array ? [] : [bytes.buffer]);
      };
      onDone = (index, result) => {
        const modified = modifiedOf.get(index);
        modifiedOf.delete(index);
        order.put(index, "file" in result && modified && !result.modified ? { ...result, modified } : result);
      };
      onChange = () => {
        dispatch();
        order.notify();
      };
      try {
        dispatch();
        yield* order.inOrder(total, dispatch, () => {
          if (stopped) throw new ReaderPoolStopped();
        });
      } finally {
        onDone = undefined;
        onChange = undefined;
      }
    },

    stop: stopAll,
  };
}
