/** Excel on the web refused a request or response over its size limit (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`). */
export function isPayloadTooLarge(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const text = `${String(e?.code ?? "")} ${String(e?.message ?? "")}`;
  return /PayloadSizeLimitExceeded|PayloadTooLarge|payload size/i.test(text);
}
