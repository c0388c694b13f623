import { ENCRYPTED_FLAGS, localHeader, type LocalHeader, type ZipEntry } from "./zip-directory";
import type { ZipFailure } from "./zip-failure";

/**
 * Every entry's local header, as a parser that walks local headers (SheetJS does) sees it: each
 * must lie inside the file, and none may hide what the directory showed (an encryption flag).
 */
export function checkedLocalHeaders(bytes: Uint8Array, entries: ZipEntry[]): LocalHeader[] | ZipFailure {
  const locals: LocalHeader[] = [];
  for (const entry of entries) {
    let local: LocalHeader;
    try {
      local = localHeader(bytes, entry);
    } catch (e) {
      return { ok: false, reason: "corrupt", detail: (e as Error).message };
    }
    if (local.flags & ENCRYPTED_FLAGS) return { ok: false, reason: "encrypted", detail: entry.name };
    locals.push(local);
  }
  return locals;
}
