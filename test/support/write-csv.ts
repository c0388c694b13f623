import * as iconv from "iconv-lite";
import type { CellValue } from "../../src/core/model/grid";

/**
 * CSV bytes as spreadsheet programs save them: fields quoted when they hold `,` `"` or a line
 * break; rows end with CRLF. `gbk` is what Chinese Excel and WPS write for "CSV (逗号分隔)".
 */
export function writeCsv(rows: CellValue[][], encoding: "utf-8" | "utf-8-bom" | "gbk", delimiter = ","): Uint8Array {
  const text = rows.map((row) => row.map((v) => field(v, delimiter)).join(delimiter)).join("\r\n") + "\r\n";
  if (encoding === "gbk") return new Uint8Array(iconv.encode(text, "gbk"));
  const body = new TextEncoder().encode(text);
  if (encoding === "utf-8") return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

function field(v: CellValue, delimiter: string): string {
  if (v === null) return "";
  const s = String(v);
  return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
