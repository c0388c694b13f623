/** A part that starts with a UTF-16 byte order mark: the values reader reads UTF-8 only, SheetJS reads the rest. */
export function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
