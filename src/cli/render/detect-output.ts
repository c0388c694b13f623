import type { DetectResult } from "../commands/detect";
import type { Locale } from "../locale";
import { t } from "../text/translate";
import { renderTable } from "./table";

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** Per file: each sheet's layout, header rows, confidence and the column → field table. */
export function renderDetect(result: DetectResult, locale: Locale): string {
  const out: string[] = [];
  for (const file of result.files) {
    const format = file.format ? ` [${file.format}${file.encoding ? `, ${file.encoding}` : ""}]` : "";
    out.push(`${file.status === "matched" ? "✓" : "✗"} ${file.path}${format}`);
    if (file.error) {
      out.push(`    ${file.message ?? file.error.code}`);
      continue;
    }
    for (const sheet of file.sheets) {
      const hidden = sheet.hidden ? ` ${t(locale, "detect.hidden")}` : "";
      if (!sheet.layout) {
        const near = sheet.nearMiss
          ? ` — ${t(locale, "detect.nearMiss", {
              layout: sheet.nearMiss.layoutId,
              confidence: percent(sheet.nearMiss.confidence),
              missing: sheet.nearMiss.missingRequired.join("、"),
            })}`
          : "";
        out.push(`  · ${sheet.sheet}${hidden}: ${sheet.reason ?? t(locale, "detect.noLayout")}${near}`);
        continue;
      }
      out.push(
        `  · ${sheet.sheet}${hidden}: ${sheet.layout}（${sheet.layoutTitle ?? sheet.layout}） ` +
          `${t(locale, "detect.confidence")} ${percent(sheet.confidence)} · ${t(locale, "detect.header")} ${sheet.headerRows.join(", ")}`,
      );
      const rows = sheet.columns.map((c) => [c.letter, c.header.replace(/\s*\n\s*/g, " "), c.field]);
      for (const extra of sheet.extraColumns) rows.push([extra.letter, extra.header.replace(/\s*\n\s*/g, " "), `(${t(locale, "detect.extra")})`]);
      rows.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
      const table = renderTable([t(locale, "col.column"), t(locale, "detect.headerText"), t(locale, "col.field")], rows);
      out.push(...table.split("\n").map((l) => `      ${l}`));
      if (sheet.missingOptional.length) out.push(`      ${t(locale, "detect.missingOptional")}: ${sheet.missingOptional.join("、")}`);
    }
  }
  const count = (s: string) => result.files.filter((f) => f.status === s).length;
  out.push(
    "",
    t(locale, "detect.summary", {
      files: result.files.length,
      matched: count("matched"),
      unknown: count("unknown-layout"),
      failed: count("unreadable"),
    }),
  );
  return out.join("\n");
}
