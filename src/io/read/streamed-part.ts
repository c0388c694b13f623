import { inflateEntryChunks } from "./inflate-entry-chunks";
import type { ZipEntry } from "./zip-directory";
import { ZipFailureError, type ZipFailure } from "./zip-failure";

/**
 * A zip entry the guard checked (directory, sizes, ratio, encryption, local header) but did not
 * inflate: it is inflated, and verified, chunk by chunk as it is read, so its whole inflated bytes
 * are never held at once. A read that fails throws the `ZipFailureError` the guard would have returned.
 */
export class StreamedPart {
  private inflatedToEnd = false;

  constructor(
    private readonly entry: ZipEntry,
    private readonly data: Uint8Array,
  ) {}

  /** Its inflated bytes in chunks, checked as they come (`inflateEntryChunks`); each call inflates anew. */
  *chunks(step?: number): Generator<Uint8Array, void, undefined> {
    yield* inflateEntryChunks(this.entry, this.data, step);
    this.inflatedToEnd = true;
  }

  /** Inflates it to its end, keeping nothing, unless a read already did: the guard's verdict on it. */
  verify(): ZipFailure | undefined {
    if (this.inflatedToEnd) return undefined;
    try {
      const chunks = this.chunks();
      while (!chunks.next().done);
    } catch (e) {
      if (e instanceof ZipFailureError) return e.failure;
      throw e;
    }
    return undefined;
  }
}
