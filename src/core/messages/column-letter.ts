/** Excel's letter for a 1-based column: 1 → A, 26 → Z, 27 → AA, 703 → AAA. */
export function columnLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) return "";
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The 1-based column of Excel's letters: A → 1, Z → 26, AA → 27 (either case). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
