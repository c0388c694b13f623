import { NotHandled } from "./not-handled";
import { attribute, unescapeXml } from "./xml-text";

/** The number formats every workbook has without declaring them (SheetJS 0.20.3's initial table). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
  12: "# ?/?", 13: "# ??/??", 14: "m/d/yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss",
  46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@", 56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};

/** Formats third-party writers get wrong, corrected as SheetJS corrects them when it loads them. */
const CORRECTED: Readonly<Record<string, string>> = { "d.m": "d\\.m" };

/** Highest format id SheetJS keeps as declared; above it, it renumbers (not read here). */
const MAX_FORMAT_ID = 0x188;

/**
 * The number format of each cell style (`cellXfs` index → format code), as SheetJS resolves it:
 * the built-in table plus the workbook's own `numFmt`s. `null` for a style whose format id is
 * neither (SheetJS would read it from its own state): a number cell using it is not handled here.
 * `undefined` when the workbook has no cell styles at all (SheetJS then formats nothing).
 */
export function cellStyleFormats(stylesXml: string | undefined): Array<string | null> | undefined {
  if (stylesXml === undefined) return undefined;
  if (stylesXml.indexOf("<!--") !== -1 || /<\w+:styleSheet\b/.test(stylesXml)) throw new NotHandled("styles with comments or prefixes");
  const table: Record<number, string> = { ...BUILT_IN };
  const fmts = section(stylesXml, "numFmts");
  if (fmts !== undefined) {
    for (const tag of fmts.match(/<numFmt\b[^<>]*>/g) ?? []) {
      const id = parseInt(attribute(tag, "numFmtId") ?? "", 10);
      const code = attribute(tag, "formatCode");
      if (!Number.isFinite(id) || code === undefined || id > MAX_FORMAT_ID) throw new NotHandled("number format id");
      const text = unescapeXml(code);
      // SheetJS loads declared formats from id 1 on; id 0 stays `General`.
      if (id > 0) table[id] = CORRECTED[text] ?? text;
    }
  }
  const xfs = section(stylesXml, "cellXfs");
  if (xfs === undefined) return undefined;
  const out: Array<string | null> = [];
  for (const tag of xfs.match(/<xf\b[^<>]*>/g) ?? []) {
    const raw = attribute(tag, "numFmtId");
    const id = raw ? parseInt(raw, 10) : 0;
    if (id > MAX_FORMAT_ID) throw new NotHandled("number format id");
    out.push(table[id] ?? null);
  }
  return out;
}

/** The text inside the first `<name …>…</name>` (or "" for `<name/>`). */
function section(xml: string, name: string): string | undefined {
  const open = new RegExp(`<${name}\\b[^<>]*>`).exec(xml);
  if (!open) return undefined;
  if (open[0].endsWith("/>")) return "";
  const end = xml.indexOf(`</${name}>`, open.index);
  return end < 0 ? undefined : xml.slice(open.index, end);
}
