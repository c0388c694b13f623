import type { LearnCommandResult } from "../commands/learn";
import type { Locale } from "../locale";
import { t } from "../text/translate";
import { renderTable } from "./table";

/** The learned layout at a glance: one line per column (column, header, field, type, required, why), then the notes. */
export function renderLearn(result: LearnCommandResult, locale: Locale): string {
  const { learned } = result;
  const lines = [t(locale, "learn.sheet", { path: result.path, sheet: result.sheet, id: learned.layout.id, title: learned.layout.title }), ""];
  const rows = learned.columns.map((c) => [
    c.letter,
    c.header,
    c.field,
    c.type + (c.choices ? ` (${c.choices.length > 6 ? `${c.choices.slice(0, 6).join("/")}/…` : c.choices.join("/")})` : ""),
    t(locale, c.required ? "learn.yes" : "learn.no"),
    c.why,
  ]);
  lines.push(
    renderTable(
      [t(locale, "learn.col.column"), t(locale, "learn.col.header"), t(locale, "learn.col.field"), t(locale, "learn.col.type"), t(locale, "learn.col.required"), t(locale, "learn.col.why")],
      rows,
    ),
  );
  if (learned.notes.length) lines.push("", t(locale, "learn.notes"), ...learned.notes.map((n) => `  - ${n}`));
  lines.push("");
  if (result.wrote) lines.push(t(locale, "learn.wrote", { path: result.wrote }));
  if (result.wroteSchema) lines.push(t(locale, "learn.wroteSchema", { path: result.wroteSchema }));
  if (!result.wrote) lines.push(t(locale, "learn.hint"));
  return lines.join("\n");
}
