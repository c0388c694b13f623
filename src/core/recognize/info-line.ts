import type { InfoKeyDef } from "../layout/schema";
import { headerKey } from "../normalize/header-key";

interface Label {
  key: string;
  /** Label text as it appears after NFKC with spaces removed. */
  text: string;
  /** `headerKey(text)`, for a label left blank. */
  compact: string;
}

/** Every character whose NFKC form holds a colon (`:` `：` `﹕` `︓` `⩴`): a row without one is no info line. */
const COLON_LIKE = /[:\u2a74\ufe13\ufe55\uff1a]/;

function hasColon(texts: readonly string[]): boolean {
  for (const t of texts) if (t !== "" && COLON_LIKE.test(t)) return true;
  return false;
}

const CACHE = new WeakMap<readonly InfoKeyDef[], Label[]>();

function labelsOf(keys: readonly InfoKeyDef[]): Label[] {
  let labels = CACHE.get(keys);
  if (!labels) {
    labels = keys
      .flatMap((k) => [k.key, ...k.aliases].map((raw) => {
        const text = raw.normalize("NFKC").replace(/\s+/g, "");
        return { key: k.key, text, compact: headerKey(text) };
      }))
      // Longest first, so `联系电话/手机` wins over `联系电话`.
      .sort((a, b) => b.text.length - a.text.length);
    CACHE.set(keys, labels);
  }
  return labels;
}

// What surrounds a value on a form line: seal marks, blanks to write on.
const VALUE_TRIM = /(\((盖章|公章|签章|签字)\)|_+|\s+)+$|^(\s|_)+/g;

/**
 * Reads `key：value` pairs from the texts of one row (cells may hold several pairs, or a label and
 * its value may sit in neighbouring cells). Only the given keys (and aliases) are labels.
 */
export function parseInfoLine(texts: readonly string[], keys: readonly InfoKeyDef[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!hasColon(texts)) return out;
  const line = texts.filter((t) => t !== "").join("  ").normalize("NFKC");
  if (!line.includes(":")) return out;
  // Find label positions: a label followed by an optional seal mark and a colon.
  const found: Array<{ key: string; start: number; valueStart: number }> = [];
  const compact = line;
  for (const label of labelsOf(keys)) {
    let from = 0;
    for (;;) {
      const at = indexOfSpaced(compact, label.text, from);
      if (!at) break;
      from = at.end;
      const rest = compact.slice(at.end);
      const colon = /^\s*(\((盖章|公章)\))?\s*:/.exec(rest);
      if (!colon) continue;
      if (found.some((f) => at.start < f.valueStart && at.end > f.start)) continue;
      found.push({ key: label.key, start: at.start, valueStart: at.end + colon[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  found.forEach((f, i) => {
    const end = i + 1 < found.length ? found[i + 1].start : compact.length;
    const value = compact.slice(f.valueStart, end).replace(VALUE_TRIM, "").trim();
    if (value !== "" && out[f.key] === undefined) out[f.key] = value;
  });
  return out;
}

/** Finds `label` in `text` allowing spaces between its characters (`联 系 人`). */
function indexOfSpaced(text: string, label: string, from: number): { start: number; end: number } | undefined {
  const direct = text.indexOf(label, from);
  if (direct >= 0) return { start: direct, end: direct + label.length };
  const first = label[0];
  for (let i = text.indexOf(first, from); i >= 0; i = text.indexOf(first, i + 1)) {
    let j = i;
    let k = 0;
    while (k < label.length && j < text.length) {
      if (text[j] === label[k]) {
        j++;
        k++;
      } else if (/\s/.test(text[j]) && k > 0) j++;
      else break;
    }
    if (k === label.length) return { start: i, end: j };
  }
  return undefined;
}

/** The row holds at least one `label：` of these keys. */
export function isInfoLine(texts: readonly string[], keys: readonly InfoKeyDef[]): boolean {
  // Both tests below need a colon; most rows (data, headers) have none.
  if (!hasColon(texts)) return false;
  return Object.keys(parseInfoLine(texts, keys)).length > 0 || hasEmptyLabel(texts, keys);
}

/** A template's info line left blank (`区县：      联系人：`) is still an info line. */
function hasEmptyLabel(texts: readonly string[], keys: readonly InfoKeyDef[]): boolean {
  const joined = texts.join("");
  if (!/[:：]/.test(joined)) return false;
  const compact = headerKey(joined);
  return labelsOf(keys).some((l) => compact.startsWith(l.compact));
}
