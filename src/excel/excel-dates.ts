/**
 * `Range.values` gives a date cell as its serial number (days since 1899-12-30 in the 1900 date
 * system); only the cell's `numberFormat` says it is a date. Dates become ISO text, the form every
 * other adapter hands the engine.
 */

/** Days between Excel's day 0 (1899-12-30) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** The format's date/time codes once quoted text, escapes and `[…]` sections (colour, locale) are removed. */
function codesOf(format: string): string {
  return format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
}

/** The number format shows a date (y, d, or m beside them) — `General`, `0.00`, `@` do not. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const codes = codesOf(format);
  // `m` alone is a month only beside a date separator (`m/d`, `m月`); beside `:` it is minutes.
  return /[yd]/.test(codes) || (/(^|[^a-z])m{1,4}([^a-z]|$)/.test(codes) && /[/\-.年月]/.test(codes));
}

/** The number format shows a time only (`h:mm`, `hh:mm:ss`). */
export function isTimeFormat(format: string | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const codes = codesOf(format);
  return !isDateFormat(format) && /h/.test(codes) && /[:时]/.test(codes);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * Serial → ISO text: `2025-04-01` for a whole day, `2025-04-01T08:30:00` with a time, `08:30:00`
 * for a time-only format.
 */
export function serialToIso(serial: number, format: string): string {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  if (isTimeFormat(format)) return time;
  return time === "00:00:00" ? day : `${day}T${time}`;
}
