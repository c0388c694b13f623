/**
 * XML text as SheetJS 0.20.3 unescapes it (its `unescapexml`), so the values reader gives the
 * same strings: the five named entities, decimal and hexadecimal character references (each
 * turned into one UTF-16 code unit, as SheetJS does), Excel's `_xHHHH_` escapes, CDATA sections
 * kept verbatim, and with `xlsx` CRLF turned into LF.
 */
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Record<string, string> = { "&quot;": '"', "&apos;": "'", "&gt;": ">", "&lt;": "<", "&amp;": "&" };

function entity(match: string, code: string | undefined): string {
  const named = NAMED[match];
  if (named) return named;
  return String.fromCharCode(parseInt(code ?? "", match.indexOf("x") > -1 ? 16 : 10)) || match;
}

function raw(text: string): string {
  const cdata = text.indexOf("<![CDATA[");
  if (cdata === -1) {
    let s = text;
    if (s.indexOf("&") !== -1) s = s.replace(ENTITY, entity);
    if (s.indexOf("_") !== -1) s = s.replace(CODE, (_m, c: string) => String.fromCharCode(parseInt(c, 16)));
    return s;
  }
  const end = text.indexOf("]]>");
  return raw(text.slice(0, cdata)) + text.slice(cdata + 9, end) + raw(text.slice(end + 3));
}

export function unescapeXml(text: string, xlsx = false): string {
  const out = raw(text);
  return xlsx && out.indexOf("\r\n") !== -1 ? out.replace(/\r\n/g, "\n") : out;
}

/** The value of attribute `name` in one start tag (`<c r="A1" t="s">`), or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  let at = 0;
  for (;;) {
    at = tag.indexOf(name, at);
    if (at < 0) return undefined;
    const before = tag.charCodeAt(at - 1);
    let p = at + name.length;
    // A whole attribute name: preceded by white space, followed by `=` (spaces allowed around it).
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      while (tag.charCodeAt(p) === 32) p++;
      if (tag.charCodeAt(p) === 61) {
        p++;
        while (tag.charCodeAt(p) === 32) p++;
        const quote = tag[p];
        if (quote === '"' || quote === "'") {
          const end = tag.indexOf(quote, p + 1);
          if (end < 0) return undefined;
          return tag.slice(p + 1, end);
        }
      }
    }
    at += name.length;
  }
}
