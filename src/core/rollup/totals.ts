import type { Entry } from "./entry";
import type { LayoutRoles } from "./layout-roles";
import type { DistrictTotals, RollupTotals } from "./result";
import { districtRank } from "./district-order";
import { compareNames } from "./name-order";

/** The district a row without one is totalled under. */
export const NO_DISTRICT = "(未填区县)";
/** The row of the whole roll-up. */
export const ALL_DISTRICTS = "合计";

function sum(entries: readonly Entry[], field: string): number {
  let total = 0;
  for (const e of entries) {
    const v = e.values[field];
    if (typeof v === "number" && Number.isFinite(v)) total += v;
  }
  // Budgets in 万元 carry decimals: keep the sum free of binary noise (0.1 + 0.2).
  return Math.round(total * 10_000) / 10_000;
}

function totalsOf(district: string, entries: readonly Entry[], roles: LayoutRoles): DistrictTotals {
  const totals: DistrictTotals = {
    district,
    rows: entries.length,
    schools: new Set(entries.map((e) => e.schoolKey).filter((k) => k !== "")).size,
  };
  if (roles.spaces) totals.spaces = sum(entries, roles.spaces);
  if (roles.budget) totals.budget = sum(entries, roles.budget);
  return totals;
}

/** Rows, schools, spaces and budget per district (in the reference order) and for the whole roll-up. */
export function districtTotals(entries: readonly Entry[], roles: LayoutRoles): RollupTotals {
  const byDistrict = new Map<string | null, Entry[]>();
  for (const e of entries) {
    const group = byDistrict.get(e.district);
    if (group) group.push(e);
    else byDistrict.set(e.district, [e]);
  }
  const districts = [...byDistrict.keys()]
    .sort((a, b) => districtRank(a) - districtRank(b) || compareNames(String(a), String(b)))
    .map((d) => totalsOf(d ?? NO_DISTRICT, byDistrict.get(d)!, roles));
  return { districts, all: totalsOf(ALL_DISTRICTS, entries, roles) };
}
