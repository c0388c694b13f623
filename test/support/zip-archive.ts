import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface ZipItem {
  name: string;
  bytes: Uint8Array;
  /** How the name is stored: GBK bytes without the UTF-8 flag, or UTF-8 with it. */
  names?: "gbk" | "utf-8";
  /** Modification time, local wall-clock: [year, month, day, hour, minute, second]. */
  time?: [number, number, number, number, number, number];
}

/** A real zip written by Python's zipfile (`python-zip.py`), names stored as `names` says. */
export function zipWithPython(items: ZipItem[]): Uint8Array {
  const work = mkdtempSync(join(tmpdir(), "smartcampus-zip-"));
  try {
    const spec = items.map((item, i) => {
      const file = join(work, `item-${i}`);
      writeFileSync(file, item.bytes);
      return { name: item.name, file, names: item.names ?? "utf-8", ...(item.time ? { time: item.time } : {}) };
    });
    writeFileSync(join(work, "spec.json"), JSON.stringify(spec));
    execFileSync("python3", [join(__dirname, "python-zip.py"), join(work, "out.zip"), join(work, "spec.json")]);
    return new Uint8Array(readFileSync(join(work, "out.zip")));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A zip with password-protected entries, written by Info-ZIP's `zip -e` (Debian package `zip`),
 * the traditional PKWARE encryption a mailbox's "压缩并加密" writes.
 */
export function zipEncrypted(items: Array<{ name: string; bytes: Uint8Array }>, password: string): Uint8Array {
  const work = mkdtempSync(join(tmpdir(), "smartcampus-zipe-"));
  try {
    for (const item of items) {
      mkdirSync(dirname(join(work, "in", item.name)), { recursive: true });
      writeFileSync(join(work, "in", item.name), item.bytes);
    }
    execFileSync("zip", ["-q", "-r", "-e", "-P", password, join(work, "out.zip"), ...items.map((i) => i.name)], { cwd: join(work, "in") });
    return new Uint8Array(readFileSync(join(work, "out.zip")));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The first bytes of a RAR 5 archive (`Rar!\x1A\x07\x01\x00`) and the rest of a small file: what a .rar renamed .zip holds. */
export function rarBytes(): Uint8Array {
  return new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 0x33, 0x92, 0xb5, 0xe5, 0x0a, 0x01, 0x05, 0x06, 0x00, 0x05, 0x01, 0x01, 0x80, 0x80, 0x00]);
}

/** The signature header of a 7-Zip archive (`7z\xBC\xAF\x27\x1C`, version 0.4) and zeros. */
export function sevenZipBytes(): Uint8Array {
  const bytes = new Uint8Array(32);
  bytes.set([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]);
  return bytes;
}
