import { NotHandled } from "./not-handled";
import { isUtf16 } from "./utf16-mark";

/** What a worksheet's XML is cut into, in order, each piece decoded on its own. */
export interface WorksheetPieces {
  /** Text before `<sheetData` (all of it when there is none), cut after a `>`. */
  head(text: string): void;
  /** The `<sheetData>` start tag was found (self-closed or not). */
  sheetData(): void;
  /** `sheetData`'s content, each piece cut just after a `</row>` (else a `</c>`) once it passes the piece size. */
  cells(text: string): void;
  /** From `</sheetData>` (the `>` of `<sheetData/>`) to the end, cut after a `>`. */
  tail(text: string): void;
}

// A piece starts after a closing tag: a U+FEFF there is text, not a byte order mark.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const SHEET_DATA = ascii("<sheetData");
const SHEET_DATA_END = ascii("</sheetData>");
const ROW_END = ascii("</row>");
const CELL_END = ascii("</c>");
const GT = 62;
const SLASH = 47;

/** Where `pattern` (ASCII) next occurs in `bytes` from `from`, or -1. */
function find(bytes: Uint8Array, pattern: Uint8Array, from: number, to = bytes.length): number {
  const first = pattern[0];
  const last = to - pattern.length;
  for (let at = bytes.indexOf(first, from); at >= 0 && at <= last; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < pattern.length && bytes[at + i] === pattern[i]) i++;
    if (i === pattern.length) return at;
  }
  return -1;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A worksheet part's bytes, as they arrive in chunks of any size (a whole part is one chunk) →
 * pieces of about `size` bytes handed to `to`. What is not yet handed on is carried over to the
 * next chunk: the partial row at a chunk's end, a `<sheetData` or `</sheetData>` cut in two. So
 * a streamed sheet is never held whole, only a piece and what arrived after it.
 *
 * Pieces are cut only where no pattern the reader looks for can straddle: after a `>` (no tag
 * name or `<mergeCell …/>` holds one but its last), in the cells after a `</row>` or `</c>`;
 * each cut is at an ASCII byte, so each piece decodes as UTF-8 on its own.
 */
export function cutWorksheet(xml: Iterable<Uint8Array>, size: number, to: WorksheetPieces): void {
  const pieceBytes = Math.max(1, size);
  const cutter = new WorksheetCutter(pieceBytes, to);
  let waiting: Uint8Array[] = [];
  let bytes = 0;
  // Chunks are gathered up to a piece's size first, so a piece is copied together once, not once per chunk.
  for (const chunk of xml) {
    waiting.push(chunk);
    bytes += chunk.length;
    if (bytes >= pieceBytes) {
      cutter.take(concat(waiting), false);
      waiting = [];
      bytes = 0;
    }
  }
  cutter.take(concat(waiting), true);
}

class WorksheetCutter {
  private mode: "head" | "cells" | "tail" = "head";
  private buf: Uint8Array = new Uint8Array(0);
  /** First byte of `buf` not handed on yet. */
  private pos = 0;
  /** Where the search for the end of the current part (`<sheetData`, `</sheetData>`) resumes. */
  private searched = 0;
  /** Where the search for the next cut between cells resumes. */
  private cutSearched = 0;
  private first = true;

  constructor(
    private readonly size: number,
    private readonly to: WorksheetPieces,
  ) {}

  take(more: Uint8Array, final: boolean): void {
    const { pos } = this;
    const rest = this.buf.subarray(pos);
    this.buf = rest.length === 0 ? more : more.length === 0 ? rest : concat([rest, more]);
    this.searched = Math.max(0, this.searched - pos);
    this.cutSearched = Math.max(0, this.cutSearched - pos);
    this.pos = 0;
    if (this.first) {
      if (this.buf.length < 2 && !final) return;
      if (isUtf16(this.buf)) throw new NotHandled("worksheet is UTF-16");
      this.first = false;
    }
    this.run(final);
  }

  private run(final: boolean): void {
    const { buf } = this;
    for (;;) {
      if (this.mode === "head") {
        const open = find(buf, SHEET_DATA, this.searched);
        if (open < 0) {
          this.emit("head", final ? buf.length : buf.lastIndexOf(GT) + 1);
          this.searched = Math.max(this.pos, buf.length - SHEET_DATA.length + 1);
          return;
        }
        const openEnd = buf.indexOf(GT, open);
        this.emit("head", open);
        if (openEnd < 0) {
          if (final) throw new NotHandled("unterminated sheetData");
          this.searched = open;
          return;
        }
        this.to.sheetData();
        const selfClosed = buf[openEnd - 1] === SLASH;
        this.mode = selfClosed ? "tail" : "cells";
        this.pos = selfClosed ? openEnd : openEnd + 1;
        this.searched = this.pos;
        continue;
      }
      if (this.mode === "cells") {
        const close = find(buf, SHEET_DATA_END, this.searched);
        if (close < 0) {
          if (final) throw new NotHandled("unterminated sheetData");
          for (let cut = this.nextCut(); cut >= 0; cut = this.nextCut()) this.emit("cells", cut);
          this.searched = Math.max(this.pos, buf.length - SHEET_DATA_END.length + 1);
          return;
        }
        while (this.pos < close) this.emit("cells", this.lastCut(close));
        this.mode = "tail";
        continue;
      }
      this.emit("tail", final ? buf.length : buf.lastIndexOf(GT) + 1);
      return;
    }
  }

  /** Hands on `buf` from `pos` to `end` as one piece of the current part. */
  private emit(part: "head" | "cells" | "tail", end: number): void {
    if (end <= this.pos) return;
    const text = decoder.decode(this.buf.subarray(this.pos, end));
    this.pos = end;
    this.to[part](text);
  }

  /** Before `</sheetData>` has arrived: just after the first `</row>` (else `</c>`) past the piece size, or -1 to wait for more. */
  private nextCut(): number {
    const { buf, pos, size } = this;
    if (buf.length - pos <= size) return -1;
    const from = Math.max(pos + size, this.cutSearched);
    const row = find(buf, ROW_END, from);
    if (row >= 0) return row + ROW_END.length;
    const cell = find(buf, CELL_END, from);
    if (cell >= 0) return cell + CELL_END.length;
    this.cutSearched = buf.length - ROW_END.length + 1;
    return -1;
  }

  /** With `</sheetData>` at `close`: just after the first `</row>` (else `</c>`) past the piece size, or `close`. */
  private lastCut(close: number): number {
    const { buf, pos, size } = this;
    if (close - pos <= size) return close;
    const row = find(buf, ROW_END, pos + size, close);
    if (row >= 0) return row + ROW_END.length;
    const cell = find(buf, CELL_END, pos + size, close);
    return cell >= 0 ? cell + CELL_END.length : close;
  }
}
