/**
 * A copy of `text` that holds nothing else. V8 keeps a slice of 13 characters or more as a view of
 * the string it was cut from, so a cell's text cut from a worksheet chunk or from the
 * shared-string table would keep that whole chunk or table alive for as long as the value lives
 * (in a record of the roll-up: to the end of the run).
 */
export function detached(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}
