import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * Who a generated document names as its author and when it claims to have been written, so the same
 * input always gives the same bytes (the demo's committed `examples/`, the benches' seeded files).
 */
export interface FixedDocument {
  author: string;
  date: Date;
}

/**
 * Re-zips an OOXML/ODF package with the document's date everywhere a writer puts the current time:
 * the entries' zip times, `docProps/core.xml` and ODF `meta.xml` (mimetype first and stored, as ODF
 * requires).
 */
export function withFixedTimes(bytes: Uint8Array, date: Date): Uint8Array {
  const local = date.toISOString().slice(0, 19);
  const entries = unzipSync(bytes);
  const out: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  if (entries.mimetype) out.mimetype = [entries.mimetype, { level: 0 }];
  for (const [name, data] of Object.entries(entries)) {
    if (name === "mimetype") continue;
    if (name === "meta.xml" || name === "docProps/core.xml") {
      const text = strFromU8(data)
        .replace(/<meta:creation-date>[^<]*<\/meta:creation-date>/, `<meta:creation-date>${local}</meta:creation-date>`)
        .replace(/<dc:date>[^<]*<\/dc:date>/, `<dc:date>${local}</dc:date>`)
        .replace(/<meta:editing-duration>[^<]*<\/meta:editing-duration>/, "<meta:editing-duration>PT0S</meta:editing-duration>")
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${local}Z$2`);
      out[name] = strToU8(text);
    } else out[name] = data;
  }
  return zipSync(out, { level: 6, mtime: date });
}

/** The county bureau that sends the demo's and the benches' files, on the day the notice went out. */
export const COUNTY_DOCUMENT: FixedDocument = { author: "吴兴区教育局", date: new Date("2025-03-20T08:00:00Z") };
