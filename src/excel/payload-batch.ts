/**
 * Excel on the web refuses a request or a response over 5 MB. Every operation here reserves its
 * estimated size first; when the batch would go over the budget it is synced, so the number of
 * `context.sync()` calls grows with the bytes moved, not with the rows.
 */

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one batch may use: the limit less a margin for the estimate being short. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** Bytes one queued action costs in the request besides its arguments (its object path and action entry). */
export const ACTION_OVERHEAD_BYTES = 200;

/** Response bytes estimated per cell read with `values` + `numberFormat` (a short text and `"General"`). */
export const READ_BYTES_PER_CELL = 40;

const encoder = new TextEncoder();

/** UTF-8 length of a string. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** UTF-8 length of a value's JSON, as it travels in a request. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

/** The part of `RequestContext` a batch needs. */
export interface Syncable {
  sync(): Promise<void>;
}

export class PayloadBatch {
  private request = 0;
  private response = 0;

  constructor(
    private readonly context: Syncable,
    private readonly budget: number = PAYLOAD_BUDGET_BYTES,
  ) {}

  /**
   * Reserve room for one operation before queuing it: syncs the batch first when the operation
   * would take it over the budget. An operation larger than the budget on its own goes alone.
   */
  async reserve(requestBytes: number, responseBytes = 0): Promise<void> {
    const empty = this.request === 0 && this.response === 0;
    if (!empty && (this.request + requestBytes > this.budget || this.response + responseBytes > this.budget)) {
      await this.sync();
    }
    this.request += requestBytes;
    this.response += responseBytes;
  }

  /** Reserve a write of `args` (values, a note's text …). */
  reserveWrite(args: unknown): Promise<void> {
    return this.reserve(ACTION_OVERHEAD_BYTES + jsonBytes(args));
  }

  /** Sync what is queued (always, so loads queued outside `reserve` resolve too). */
  async sync(): Promise<void> {
    await this.context.sync();
    this.request = 0;
    this.response = 0;
  }
}
