import type ExcelJS from "exceljs";
import type { Writable } from "node:stream";

/**
 * Bytes of a sheet's XML allowed to wait for the zip before the writer stops producing rows. The
 * zip deflates on Node's thread pool and takes the rows only as fast as it compresses them.
 */
export const ZIP_BACKLOG_BYTES = 4 * 2 ** 20;

/** What the streaming writer's worksheet hands its rows to: the zip's input for that sheet. */
interface StreamingSheet {
  stream?: { pipes?: ZipInput[] };
}

/** The zip's input stream (readable-stream 2, which predates `writableLength`). */
type ZipInput = Writable & { _writableState?: { length: number } };

function backlog(input: ZipInput): number {
  return input._writableState?.length ?? input.writableLength ?? 0;
}

/**
 * Waits until the zip has taken the rows a streamed worksheet has written, down to
 * `ZIP_BACKLOG_BYTES`, then for one turn of the event loop. ExcelJS's streaming writer pushes each
 * committed row into the zip without waiting (its buffer ignores backpressure), so rows produced
 * faster than they are deflated would pile up in memory until the end of the sheet: this is the
 * backpressure it lacks. A sheet of the in-memory workbook has no such stream and only yields.
 */
export async function untilZipTakes(sheet: ExcelJS.Worksheet): Promise<void> {
  const input = (sheet as unknown as StreamingSheet).stream?.pipes?.[0];
  while (input && !input.destroyed && backlog(input) > ZIP_BACKLOG_BYTES) await drained(input);
  await new Promise((resolve) => setImmediate(resolve));
}

function drained(input: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      input.off("drain", done);
      input.off("close", done);
      input.off("error", done);
      resolve();
    };
    input.on("drain", done);
    input.on("close", done);
    input.on("error", done);
  });
}
