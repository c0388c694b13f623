import type { MissingSubmitter } from "./feedback-files";

/**
 * 退回说明.txt: every school's message, one after another with a blank line between; then the roster
 * entries that sent nothing (no copy for them, a line each).
 */
export function messagesText(messages: readonly string[], missing: readonly MissingSubmitter[], heading: string): string {
  const parts = [...messages];
  if (missing.length > 0) parts.push([heading, ...missing.map((m) => `- ${m.name}${m.district ? `（${m.district}）` : ""}`)].join("\n"));
  return `${parts.join("\n\n")}\n`;
}
