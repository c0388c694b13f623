/**
 * What SheetJS prints with `console.error` while translating an ODS number format into an Excel
 * one (`<style:map>` conditions other than `value()>=0`, week-of-year and quarter tokens). The
 * translation only affects the format string; the reader keeps cell values, so these lines are
 * noise on a user's terminal (every LibreOffice file with a conditional format prints one).
 */
const NOISE = ["ODS number format may be incorrect: ", "Excel does not support ODS format token "];

export function isSheetJsNoise(args: readonly unknown[]): boolean {
  const first = args[0];
  return typeof first === "string" && NOISE.some((prefix) => first.startsWith(prefix));
}

/**
 * Runs a synchronous SheetJS call with those lines dropped. SheetJS logs through the global
 * `console.error`, so it is wrapped for the call's duration (synchronous: nothing else runs
 * meanwhile) and restored after, even when the call throws. Every other line passes through.
 */
export function quietly<T>(parse: () => T): T {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    if (!isSheetJsNoise(args)) original.apply(console, args);
  };
  try {
    return parse();
  } finally {
    console.error = original;
  }
}
