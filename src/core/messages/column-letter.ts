/** Excel's letter for a 1-based column: 1 → A, 26 → Z, 27 → AA, 703 → AAA. */
export function columnLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) return "";
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
