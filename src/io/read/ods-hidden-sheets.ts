import { unzipSync } from "fflate";

/**
 * Names of the hidden sheets of an .ods. SheetJS does not read ODF sheet visibility: a table is
 * hidden through its automatic style (`<style:table-properties table:display="false">`), so the
 * styles and `<table:table>` start tags of `content.xml` are matched here. Called after the zip
 * guard has bounded what `content.xml` inflates to.
 */
export function odsHiddenSheets(bytes: Uint8Array): Set<string> {
  try {
    return odsHiddenSheetsOf(unzipSync(bytes, { filter: (f) => f.name === "content.xml" })["content.xml"]);
  } catch {
    return new Set();
  }
}

/** The same, from `content.xml` already inflated (by the zip guard). */
export function odsHiddenSheetsOf(contentXml: Uint8Array | undefined): Set<string> {
  const hidden = new Set<string>();
  if (!contentXml) return hidden;
  const xml = new TextDecoder().decode(contentXml);
  const hiddenStyles = new Set<string>();
  for (const m of xml.matchAll(/<style:style\b([^>]*)>\s*<style:table-properties\b([^>]*)>/g)) {
    const name = /style:name="([^"]*)"/.exec(m[1])?.[1];
    if (name && /table:display="false"/.test(m[2])) hiddenStyles.add(name);
  }
  if (hiddenStyles.size === 0) return hidden;
  for (const m of xml.matchAll(/<table:table\s([^>]*)>/g)) {
    const name = /table:name="([^"]*)"/.exec(m[1])?.[1];
    const style = /table:style-name="([^"]*)"/.exec(m[1])?.[1];
    if (name !== undefined && style && hiddenStyles.has(style)) hidden.add(unescapeXml(name));
  }
  return hidden;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
