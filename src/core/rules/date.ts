import { ruleKey } from "./rule-text";

/** A date as read: ISO text (`2026-03-15`, or `2026-03` for a month), and whether it was rewritten from another form. */
export interface DateReading {
  iso: string;
  normalized: boolean;
}

/** Excel's day 0 is 1899-12-30 (counting its 1900 leap-year bug); serials of 1930–2099 are taken as dates. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const SERIAL_MIN = 10959;
const SERIAL_MAX = 73050;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function valid(y: number, m: number, d?: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// `2026-03-15`, `2026/3/15`, `2026.3.15`, `2026年3月15日`, optionally a time after it; `2026年3月`, `2026-03`; `20260315`.
const FULL = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]?\d{1,2}[:：时]\d{0,2}.*)?$/;
const MONTH = /^(\d{4})[-/.年](\d{1,2})月?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date cell (日期 / 时间 columns). The readers hand a date-formatted cell over as ISO text; a
 * school may write the date as text in any common form, or leave a bare Excel serial number in a
 * cell formatted as a number. Anything else — `3月15日` without a year, `2026-02-30` — is no date.
 */
export function readDate(value: unknown): DateReading | undefined {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < SERIAL_MIN || value > SERIAL_MAX) return undefined;
    const d = new Date(EXCEL_EPOCH + value * 86400000);
    return { iso: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, normalized: true };
  }
  if (typeof value !== "string") return undefined;
  const text = ruleKey(value);
  let m = FULL.exec(text) ?? COMPACT.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d)) return undefined;
    const iso = `${y}-${pad(mo)}-${pad(d)}`;
    return { iso, normalized: iso !== text };
  }
  m = MONTH.exec(text);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (!valid(y, mo)) return undefined;
    const iso = `${y}-${pad(mo)}`;
    return { iso, normalized: iso !== text };
  }
  return undefined;
}
