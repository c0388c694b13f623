/**
 * `JSON.stringify(value, null, 2)`, handed to `sink` in pieces of about `chunkChars` characters
 * instead of as one string: the report of a roll-up of thousands of files is tens of megabytes of
 * text (twice that as a JavaScript string of Chinese), and building it whole, then its UTF-8 copy,
 * was the largest use of memory left in the CLI. The pieces joined are exactly `JSON.stringify`'s text.
 */
export function writePrettyJson(value: unknown, sink: (chunk: string) => void, chunkChars = 1 << 20): void {
  let buffer = "";
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= chunkChars) {
      sink(buffer);
      buffer = "";
    }
  };
  const write = (json: unknown, indent: string): void => {
    if (json === null || typeof json !== "object") return emit(JSON.stringify(json) ?? "null");
    const inner = `${indent}  `;
    if (Array.isArray(json)) {
      if (json.length === 0) return emit("[]");
      json.forEach((raw, i) => {
        emit(`${i ? "," : "["}\n${inner}`);
        const item = toJsonValue(raw);
        if (skipped(item)) emit("null");
        else write(item, inner);
      });
      return emit(`\n${indent}]`);
    }
    let first = true;
    for (const key of Object.keys(json)) {
      const item = toJsonValue((json as Record<string, unknown>)[key]);
      if (skipped(item)) continue;
      emit(`${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `);
      first = false;
      write(item, inner);
    }
    emit(first ? "{}" : `\n${indent}}`);
  };
  write(toJsonValue(value), "");
  if (buffer) sink(buffer);
}

/** Values `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
function skipped(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

/** What `JSON.stringify` serialises in place of a value: its `toJSON()` when it has one. */
function toJsonValue(v: unknown): unknown {
  return v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function" ? (v as { toJSON: () => unknown }).toJSON() : v;
}
