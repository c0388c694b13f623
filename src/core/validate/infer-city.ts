import type { Layout } from "../layout/schema";
import type { SourceRecord } from "../model/record";
import { cityOf, findCity } from "../rules/districts";

/**
 * The city whose districts a sheet's district fields must name: the option, else the layout's
 * city, else the city most of the sheet's districts belong to. `undefined` when none is known.
 */
export function inferCity(layout: Layout, records: readonly SourceRecord[], option?: string): string | undefined {
  if (option) return findCity(option)?.name ?? option;
  if (layout.city) return layout.city;
  const fields = layout.fields.filter((f) => f.type === "district").map((f) => f.name);
  if (fields.length === 0) return undefined;
  const votes = new Map<string, number>();
  for (const record of records) {
    for (const f of fields) {
      const city = cityOf(record.values[f]);
      if (city) votes.set(city, (votes.get(city) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let most = 0;
  for (const [city, n] of votes) if (n > most) [best, most] = [city, n];
  return best;
}
