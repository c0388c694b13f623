/** Why a zip is refused: what the reader reports, and the detail that names the entry or cap. */
export interface ZipFailure {
  ok: false;
  reason: "corrupt" | "encrypted" | "too-large";
  detail: string;
}
