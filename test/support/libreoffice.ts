import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "../../src/io/read/parse-csv";

/** Thrown when `soffice` is not installed; tests may catch it to say so plainly. */
export class LibreOfficeMissingError extends Error {}

const TIMEOUT_MS = 120_000;

/**
 * Converts bytes with LibreOffice headless: `soffice --headless --convert-to <toExt> --outdir …`.
 * Each call has its own profile (`-env:UserInstallation`) and folder, so calls may run in parallel
 * from several test workers. `toExt` may carry a filter (`csv:Text - txt - csv (StarCalc):…`);
 * the output is the one file LibreOffice writes.
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

async function runConversion(bytes: Uint8Array, fromExt: string, convertTo: string): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  const work = await mkdtemp(join(tmpdir(), "smartcampus-lo-"));
  try {
    const input = join(work, `input.${fromExt}`);
    const outDir = join(work, "out");
    await writeFile(input, bytes);
    const profile = `file://${join(work, "profile")}`;
    await new Promise<void>((resolve, reject) => {
      execFile(
        "soffice",
        ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", convertTo, "--outdir", outDir, input],
        { timeout: TIMEOUT_MS },
        (error, stdout, stderr) => {
          if (!error) return resolve();
          if ((error as NodeJS.ErrnoException).code === "ENOENT") {
            return reject(new LibreOfficeMissingError("LibreOffice (soffice) is not installed or not on PATH"));
          }
          reject(new Error(`soffice failed (${error.killed ? "timed out" : error.message}): ${stderr || stdout}`));
        },
      );
    });
    let names: string[] = [];
    try {
      names = (await readdir(outDir)).sort();
    } catch {
      names = [];
    }
    if (names.length === 0) throw new Error(`LibreOffice produced no output converting .${fromExt} to ${convertTo}`);
    // Awaited here: a bare `return` would let `finally` remove the folder while the files are still being read.
    return await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(outDir, name))) })));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Saves a workbook with an open password, as Calc's "Save with password" does, through the UNO
 * API (`libreoffice-encrypt.py`, run by the system python that has `uno`). LibreOffice 7.4 encrypts
 * .xls this way (BIFF FILEPASS, RC4); it writes .xlsx unencrypted, so callers check the result.
 */
export async function encryptWithLibreOffice(bytes: Uint8Array, ext: string, filterName: string, password: string): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), "smartcampus-lo-"));
  try {
    const input = join(work, `input.${ext}`);
    const output = join(work, `output.${ext}`);
    await writeFile(input, bytes);
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.env.PYTHON3_PATH || "/usr/bin/python3",
        [join(__dirname, "libreoffice-encrypt.py"), input, output, filterName, password, join(work, "profile")],
        { timeout: TIMEOUT_MS },
        (error, stdout, stderr) => {
          if (!error) return resolve();
          if ((error as NodeJS.ErrnoException).code === "ENOENT") return reject(new LibreOfficeMissingError("python3 with LibreOffice's uno module is not installed"));
          reject(new Error(`encrypting with LibreOffice failed: ${error.message} ${stderr || stdout}`));
        },
      );
    });
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
