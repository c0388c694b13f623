import { CITIES, MUNICIPAL_DISTRICT, resolveDistrict } from "../rules/districts";

/**
 * The district a row is counted under, canonical (`吴兴` → `吴兴区`, `直属学校` → `市直属学校`), or the
 * text as written when it names no district of the city (the row's own check has flagged it).
 */
export function canonicalDistrict(value: unknown, city?: string): string | null {
  if (value === null || value === undefined || String(value).trim() === "") return null;
  return resolveDistrict(value, city)?.name ?? resolveDistrict(value)?.name ?? String(value).normalize("NFKC").trim();
}

/** Rank of every division and zone, built once: the city's divisions in order, zones after them. */
const RANKS = new Map<string, number>();
{
  let rank = 0;
  for (const city of CITIES) {
    for (const name of city.divisions) RANKS.set(name, rank++);
    for (const zone of city.zones) RANKS.set(zone.name, 500_000 + rank++);
  }
}

/**
 * Sort rank of a district: the city's divisions in the reference order (docs/DOMAIN.md#reference-data), then its
 * functional zones, then `市直属学校`, then anything unknown; no district last.
 */
export function districtRank(district: string | null): number {
  if (district === null) return Number.MAX_SAFE_INTEGER;
  if (district === MUNICIPAL_DISTRICT) return 900_000;
  return RANKS.get(district) ?? 950_000;
}
