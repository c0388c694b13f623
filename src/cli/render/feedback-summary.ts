import type { CommandReport } from "../commands/rollup";
import type { Locale } from "../locale";
import { t } from "../text/translate";

/** Per school that sent a newer file: what it fixed, what is still open, what is new. */
export function renderResubmissions(report: CommandReport, locale: Locale): string[] {
  const all = report.rollups.flatMap((r) => r.resubmissions ?? []);
  if (all.length === 0) return [];
  return [
    t(locale, "resubmit.header", { count: all.length }),
    ...all.map((x) => t(locale, "resubmit.line", { school: x.school, fixed: x.fixed.length, open: x.open.length, added: x.added.length, path: x.path, earlier: x.earlierPath })),
    "",
  ];
}

/** The copies written (or not, and why) and the roster entries that sent nothing. */
export function renderFeedback(report: CommandReport, locale: Locale): string[] {
  const feedback = report.feedback;
  if (!feedback) return [];
  const written = feedback.files.filter((f) => f.copy !== null);
  const out = [written.length > 0 || feedback.files.length > 0 ? t(locale, "feedback.wrote", { count: written.length, dir: feedback.dir, messages: feedback.messages }) : t(locale, "feedback.none")];
  for (const f of feedback.files) {
    if (f.copy === null) out.push(t(locale, "feedback.noCopy", { path: f.path, reason: f.error ?? t(locale, "feedback.unreadable") }));
  }
  if (feedback.missing.length > 0) out.push(t(locale, "feedback.missing", { count: feedback.missing.length, names: feedback.missing.map((m) => m.name).join("、") }));
  out.push("");
  return out;
}
