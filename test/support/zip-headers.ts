/** Signatures of a zip's central directory and local file headers. */
export const CENTRAL_HEADER = 0x02014b50;
export const LOCAL_HEADER = 0x04034b50;

/** Sets a size field (offset 20/24 central, 18/22 local) of the named entry's headers: a zip that lies about an entry's size. */
export function patchSize(bytes: Uint8Array, entry: string, which: "central" | "local", field: "compressed" | "uncompressed", value: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = which === "central" ? CENTRAL_HEADER : LOCAL_HEADER;
  const nameAt = which === "central" ? 46 : 30;
  const lengthAt = which === "central" ? 28 : 26;
  const at = (which === "central" ? 20 : 18) + (field === "uncompressed" ? 4 : 0);
  for (let p = 0; p + nameAt < bytes.length; p++) {
    if (view.getUint32(p, true) !== signature) continue;
    const name = new TextDecoder().decode(bytes.subarray(p + nameAt, p + nameAt + view.getUint16(p + lengthAt, true)));
    if (name === entry) view.setUint32(p + at, value, true);
  }
}
