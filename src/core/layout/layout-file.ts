import type { z } from "zod";
import { LAYOUT_SCHEMA_REF } from "./json-schema";
import { layoutSchema, type Layout, type LayoutInput, type LayoutRule } from "./schema";

/**
 * A layout as a file a person reads and edits (`*.layout.json`): JSON with `"$schema"` at the top,
 * checked by the one zod schema. Reading never throws: a file that is not JSON or fails the schema
 * comes back with every fault, each at its JSON path (`$.fields[3].type`), for the caller to stop on.
 */

/** What is wrong at one place of a layout file. `value` is what the file holds there, as JSON text. */
export type LayoutFault =
  | { code: "not-json"; detail: string; line?: number; column?: number }
  | { code: "not-object" }
  | { code: "missing" }
  | { code: "wrong-type"; expected: string; value: string }
  | { code: "not-allowed"; value: string; allowed: string[] }
  | { code: "unknown-key"; keys: string[] }
  | { code: "too-small"; minimum: number; value: string; what: "text" | "list" | "number" }
  | { code: "too-big"; maximum: number; value: string }
  | { code: "bad-format"; value: string }
  | { code: "rule"; rule: LayoutRule; params: Record<string, string> };

export interface LayoutProblem {
  /** JSON path of the entry at fault: `$` for the whole file, `$.fields[3].type`, `$.duplicateKey[0]`. */
  path: string;
  fault: LayoutFault;
}

export type LayoutFileResult =
  | { ok: true; layout: Layout; notes: string[] }
  | { ok: false; problems: LayoutProblem[] };

/** `$.fields[3].type` from zod's `["fields", 3, "type"]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const part of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

function shown(value: unknown): string {
  if (value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** The JSON parser's complaint, with the line and column when the runtime says where (V8 gives a position). */
function notJson(text: string, error: unknown): LayoutProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(detail);
  const position = /position (\d+)/.exec(detail);
  const atEnd = /end of (JSON )?input/i.test(detail);
  const where = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : position ? lineColumn(text, Number(position[1])) : atEnd ? lineColumn(text, text.trimEnd().length) : {};
  return { path: "$", fault: { code: "not-json", detail: detail.replace(/\s*\(line \d+ column \d+\)/, ""), ...where } };
}

function faultOf(issue: z.core.$ZodIssue, input: unknown): LayoutFault {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type":
      return value === undefined ? { code: "missing" } : { code: "wrong-type", expected: issue.expected, value: shown(value) };
    case "invalid_value":
      return { code: "not-allowed", value: shown(value), allowed: issue.values.map((v) => String(v)) };
    case "unrecognized_keys":
      return { code: "unknown-key", keys: issue.keys };
    case "too_small":
      return { code: "too-small", minimum: Number(issue.minimum), value: shown(value), what: issue.origin === "array" ? "list" : issue.origin === "string" ? "text" : "number" };
    case "too_big":
      return { code: "too-big", maximum: Number(issue.maximum), value: shown(value) };
    case "invalid_format":
      return { code: "bad-format", value: shown(value) };
    case "custom": {
      const params = (issue.params ?? {}) as Record<string, string>;
      const { rule, ...rest } = params;
      return { code: "rule", rule: rule as LayoutRule, params: rest };
    }
    default:
      return { code: "wrong-type", expected: issue.message, value: shown(value) };
  }
}

/** Checks an already-parsed layout object (a file's JSON, a pane's stored layout). */
export function checkLayoutObject(input: unknown): LayoutFileResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return { ok: false, problems: [{ path: "$", fault: { code: "not-object" } }] };
  const parsed = layoutSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), fault: faultOf(issue, input) })) };
  }
  const { $schema: _schema, notes, ...layout } = parsed.data;
  return { ok: true, layout: layout as Layout, notes: notes ?? [] };
}

/** Reads the text of a `*.layout.json`: the checked layout and its notes, or every problem found. */
export function parseLayoutText(text: string): LayoutFileResult {
  let input: unknown;
  try {
    // A byte-order mark is what some editors put first; JSON itself does not allow it.
    input = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, problems: [notJson(text, error)] };
  }
  return checkLayoutObject(input);
}

/** Entries equal to their default are left out of a file: an empty list, `false`, a text field's type. */
function compact(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map((v) => compact(v, ""));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || v === false || (Array.isArray(v) && v.length === 0 && k !== "fields")) continue;
    if (k === "type" && v === "text" && key === "") continue;
    if (k === "lines" && v === 1) continue;
    if (k === "level" && v === "district") continue;
    out[k] = compact(v, k);
  }
  return out;
}

/** Order of the first entries of a file; the rest follow in the schema's order. */
const FIRST = ["$schema", "id", "title", "notes"];

/**
 * A layout as the text of a `*.layout.json`: `"$schema"` first, then id, title and notes, entries
 * at their default left out, two-space indent. `parseLayoutText` reads it back to an equal layout.
 */
export function layoutFileText(layout: Layout | LayoutInput, notes: readonly string[] = []): string {
  const body = compact(layout, "") as Record<string, unknown>;
  delete body.$schema;
  delete body.notes;
  const all: Record<string, unknown> = { $schema: LAYOUT_SCHEMA_REF, ...body };
  if (notes.length) all.notes = [...notes];
  const ordered: Record<string, unknown> = {};
  for (const k of FIRST) if (k in all) ordered[k] = all[k];
  for (const [k, v] of Object.entries(all)) if (!(k in ordered)) ordered[k] = v;
  return `${readableJson(ordered, "")}\n`;
}

/** JSON with two-space indent, a list of plain values or a small object on one line when short (`"aliases": ["预算", "预算金额"]`). */
function readableJson(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  const plainList = Array.isArray(value) && value.every((v) => v === null || typeof v !== "object");
  const smallObject = value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every((v) => v === null || typeof v !== "object" || (Array.isArray(v) && v.length === 0));
  if (value === null || typeof value !== "object") return flat;
  if ((plainList || smallObject) && flat.length + indent.length <= 100) {
    if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
    return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")} }`;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + readableJson(v, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${readableJson(v, inner)}`).join(",\n")}\n${indent}}`;
}
