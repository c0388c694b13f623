/** Why a zip is refused: what the reader reports, and the detail that names the entry or cap. */
export interface ZipFailure {
  ok: false;
  reason: "corrupt" | "encrypted" | "too-large";
  detail: string;
}

/** A zip failure found while a part is being read (inflated as it is read), carried out of the reader to the file's result. */
export class ZipFailureError extends Error {
  constructor(readonly failure: ZipFailure) {
    super(failure.detail);
  }
}
