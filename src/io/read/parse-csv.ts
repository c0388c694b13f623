/**
 * RFC 4180 delimited text → rows of text, in one linear pass.
 *
 * Why not SheetJS's CSV reader: without `raw: true` it turns `=…` into formulas and `013000` into
 * 13000, and `XLSX.read(text, { type: "string" })` first sniffs the text for other formats (a
 * leading `<` is read as HTML/XML, `ID;` as SYLK, `TABLE` as DIF). Here every field stays the
 * text it was written as: a value from a submission is data, never a formula or a reformatted number.
 */

export type Delimiter = "," | "\t" | ";" | "|";

const CANDIDATES: Delimiter[] = [",", "\t", ";", "|"];

/**
 * The delimiter used most on the first lines, counted outside quotes. Ties and no hits give `,`.
 * Excel's "Unicode text" export is tab-delimited; some locales write `;`.
 */
export function guessDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 4096);
  const counts = new Map<string, number>(CANDIDATES.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: Delimiter = ",";
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export interface ParseCsvOptions {
  delimiter?: Delimiter;
  /** Stop after this many rows (the rest is not parsed). */
  maxRows?: number;
}

export interface ParsedCsv {
  rows: string[][];
  delimiter: Delimiter;
  /** True when `maxRows` stopped the parse before the end of the text. */
  truncated: boolean;
}

/**
 * Fields are text; quotes (`"a,b"`, `""` for a quote) and line breaks inside quotes are honoured;
 * `\r\n`, `\n` and `\r` all end a row. A final line break does not make an empty last row.
 * A quote inside an unquoted field is kept as written (what Excel does).
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  const delimiter = options.delimiter ?? guessDelimiter(text);
  const sep = delimiter.charCodeAt(0);
  const maxRows = options.maxRows ?? Infinity;
  const rows: string[][] = [];
  let row: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      // Quoted field: scan to the closing quote, unescaping doubled quotes.
      let value = "";
      let start = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          value += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(start, q + 1);
          i = start = q + 2;
          continue;
        }
        value += text.slice(start, q);
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept (lenient, like Excel).
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === 10 || c === 13) break;
        j++;
      }
      field = j > i ? value + text.slice(i, j) : value;
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === 10 || c === 13) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) row.push("");
      continue;
    }
    // Line break: \r\n, \n or \r.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row);
    row = [];
    if (rows.length >= maxRows) return { rows, delimiter, truncated: i < n };
  }
  if (row.length > 0) rows.push(row);
  return { rows, delimiter, truncated: false };
}
