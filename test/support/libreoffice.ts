import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "../../src/io/read/parse-csv";
import { LibreOfficeMissingError, office, stopOffice, type Office } from "./libreoffice-office";

export { LibreOfficeMissingError } from "./libreoffice-office";

const TIMEOUT_MS = 120_000;
const STORE = join(__dirname, "libreoffice-store.py");

/**
 * Converts bytes with LibreOffice, as `soffice --headless --convert-to <toExt>` does: `toExt` is
 * `ext[:filter[:filter options]]` (`csv:Text - txt - csv (StarCalc):44,34,…`). The output is the
 * one file LibreOffice writes. The worker's one office does the work (libreoffice-office.ts).
 */
export async function convertWithLibreOffice(bytes: Uint8Array, fromExt: string, toExt: string): Promise<Uint8Array> {
  const outputs = await runConversion(bytes, fromExt, toExt);
  if (outputs.length !== 1) throw new Error(`LibreOffice wrote ${outputs.length} files converting .${fromExt} to ${toExt}`);
  return outputs[0].bytes;
}

/**
 * Opens a workbook in LibreOffice and returns one sheet as rows of text (UTF-8 CSV, cells as
 * shown). `sheetIndex` is 0-based; the CSV filter's 12th token selects the sheet (1-based).
 */
export async function libreOfficeToCsv(bytes: Uint8Array, ext: string, sheetIndex = 0): Promise<string[][]> {
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheetIndex + 1}`;
  const outputs = await runConversion(bytes, ext, filter);
  if (outputs.length !== 1) throw new Error(`LibreOffice wrote ${outputs.length} CSV files for sheet ${sheetIndex}`);
  return parseCsv(new TextDecoder().decode(outputs[0].bytes), { delimiter: "," }).rows;
}

/** Every sheet of a workbook as LibreOffice shows it, by sheet name (filter token 12 = -1). */
export async function libreOfficeSheetsToCsv(bytes: Uint8Array, ext: string): Promise<Map<string, string[][]>> {
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
  const outputs = await runConversion(bytes, ext, filter);
  const sheets = new Map<string, string[][]>();
  for (const out of outputs) {
    // LibreOffice names each file `<input>-<sheet name>.csv`.
    const name = out.name.replace(/^input-/, "").replace(/\.csv$/, "");
    sheets.set(name, parseCsv(new TextDecoder().decode(out.bytes), { delimiter: "," }).rows);
  }
  return sheets;
}

/**
 * Saves a workbook with an open password, as Calc's "Save with password" does. LibreOffice 7.4
 * encrypts .xls this way (BIFF FILEPASS, RC4); it writes .xlsx unencrypted, so callers check the result.
 */
export async function encryptWithLibreOffice(bytes: Uint8Array, ext: string, filterName: string, password: string): Promise<Uint8Array> {
  const outputs = await runConversion(bytes, ext, `${ext}:${filterName}`, password);
  return outputs[0].bytes;
}

/** One conversion at a time per worker: its office loads and saves one document after another. */
let queue: Promise<unknown> = Promise.resolve();

function runConversion(bytes: Uint8Array, fromExt: string, convertTo: string, password = ""): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  refuseOutsideInterop();
  const run = queue.then(() => convert(bytes, fromExt, convertTo, password));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * LibreOffice is started only by the suites of the `interop` jest project (jest.config.js), so
 * `npm run test:unit` never waits for it; a suite that starts using it is told to move there.
 */
function refuseOutsideInterop(): void {
  if (process.env.JEST_WORKER_ID !== undefined && !(globalThis as { SMARTCAMPUS_INTEROP?: boolean }).SMARTCAMPUS_INTEROP) {
    throw new Error("this suite uses LibreOffice: list it among the interop suites in jest.config.js");
  }
}

async function convert(bytes: Uint8Array, fromExt: string, convertTo: string, password: string): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  const [ext, filter = "", ...options] = convertTo.split(":");
  const work = await mkdtemp(join(tmpdir(), "smartcampus-lo-"));
  try {
    const input = join(work, `input.${fromExt}`);
    const outDir = join(work, "out");
    await writeFile(input, bytes);
    await mkdir(outDir);
    const request = { input, output: join(outDir, `input.${ext}`), ext, filter, options: options.join(":"), password };
    const running = office();
    try {
      await store(request, running);
    } catch (e) {
      // A failed conversion is tried once more in a fresh office: LibreOffice crashes on some
      // documents, and one that restarts itself (as it may just after making a new profile)
      // drops the connection. A document it cannot convert fails the second time too.
      if (e instanceof LibreOfficeMissingError) throw e;
      stopOffice(running);
      await rm(outDir, { recursive: true, force: true });
      await mkdir(outDir);
      await store(request, office());
    }
    const names = (await readdir(outDir)).sort();
    if (names.length === 0) throw new Error(`LibreOffice produced no output converting .${fromExt} to ${convertTo}`);
    // Awaited here: a bare `return` would let `finally` remove the folder while the files are still being read.
    return await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(outDir, name))) })));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function store(request: Record<string, string>, { pipe, pid }: Office): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    execFile(process.env.PYTHON3_PATH || "/usr/bin/python3", [STORE, JSON.stringify({ ...request, pipe })], { timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      if (!error) return resolve();
      if ((error as NodeJS.ErrnoException).code === "ENOENT" || error.code === 3) {
        return reject(new LibreOfficeMissingError("python3 with LibreOffice's uno module is not installed"));
      }
      const state = error.killed ? "timed out" : error.code === 4 ? "office did not answer" : `exit ${error.code}`;
      reject(new Error(`LibreOffice (pid ${pid}) failed (${state}) converting to ${request.ext}: ${stderr || stdout}`));
    });
  });
}
