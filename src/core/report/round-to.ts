/** `n` rounded to `digits` decimals, for shares and sums of 万元 written into the report. */
export function roundTo(n: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(n * k) / k;
}
