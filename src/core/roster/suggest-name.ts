import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `key` (both already `nameKey`s), or undefined when none is close enough to be
 * a plausible typo: an edit distance of at most 30% of the longer name (at least 1: `南浔区实验学校` for
 * `南浔区实验小学` is 2 edits in 7), or one name
 * wholly inside the other (`织里镇中心小学` / `湖州市吴兴区织里镇中心小学`) when the shorter has 4+ characters.
 * Ties go to the earlier candidate, so callers list the likeliest (e.g. unmatched) candidates first.
 */
export function suggestName(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === key) continue;
    const d = distance(key, candidate);
    const [shorter, longer] = key.length <= candidate.length ? [key, candidate] : [candidate, key];
    const close = d <= Math.max(1, Math.floor(longer.length * 0.3)) || (shorter.length >= 4 && longer.includes(shorter));
    if (close && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
