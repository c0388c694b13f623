import type { Catalog } from "../layouts/catalog";
import type { Layout, QuotaRule } from "../layout/schema";
import type { LocatedIssue } from "../model/issue";
import { issue } from "../model/issue";
import { cityOf, resolveDistrict } from "../rules/districts";
import type { Entry } from "./entry";
import { tableLimit, tableRows, type TableRows } from "./quota-table";
import type { QuotaUsage } from "./result";

/** Which rule of the layout's quota spec a row counts under, and the scope it names. */
function scopeOf(entry: Entry, layout: Layout, city: string | undefined): { rule: QuotaRule; scope: string } | undefined {
  const rules = layout.quota?.rules ?? [];
  const byKind = (kind: QuotaRule["scope"]) => rules.find((r) => r.scope === kind);
  const cityRule = byKind("city");
  if (cityRule) {
    const written = entry.values[cityRule.scopeField ?? layout.scope?.field ?? ""];
    const scope = cityOf(written) ?? cityOf(entry.district);
    return scope ? { rule: cityRule, scope } : undefined;
  }
  if (entry.district === null) return undefined;
  const district = resolveDistrict(entry.district, city) ?? resolveDistrict(entry.district);
  const kind = district?.kind;
  if (kind === "municipal") {
    const rule = byKind("municipal-school");
    const name = rule?.scopeField ? entry.values[rule.scopeField] : entry.school;
    return rule && name !== null && name !== undefined && String(name) !== "" ? { rule, scope: String(name) } : undefined;
  }
  const rule = (kind === "zone" ? byKind("functional-zone") : undefined) ?? byKind("district");
  return rule ? { rule, scope: district?.name ?? entry.district } : undefined;
}

/**
 * The layout's quota spec applied to the merged rows: every (scope, category) with its count and limit,
 * and one `quota-exceeded` per scope over its limit, pointing at the rows after the first `limit` in
 * source order. Rows with no scope (no district, no city) or no category are not counted: their own
 * `missing-value` / `invalid-choice` stands.
 */
export function checkQuotas(
  entries: readonly Entry[],
  layout: Layout,
  city: string | undefined,
  tables: ReadonlyMap<string, TableRows>,
  catalog: Catalog,
): { quotas: QuotaUsage[]; issues: LocatedIssue[] } {
  const spec = layout.quota;
  if (!spec) return { quotas: [], issues: [] };
  const groups = new Map<string, { rule: QuotaRule; scope: string; category: string; entries: Entry[] }>();
  for (const entry of [...entries].sort((a, b) => a.order - b.order)) {
    const found = scopeOf(entry, layout, city);
    if (!found) continue;
    const categoryValue = found.rule.perCategory && spec.categoryField ? entry.values[spec.categoryField] : "";
    const category = categoryValue === null || categoryValue === undefined ? "" : String(categoryValue);
    if (found.rule.perCategory && spec.categoryField && category === "") continue;
    const key = `${found.rule.scope}\u0000${found.scope}\u0000${category}`;
    const group = groups.get(key);
    if (group) group.entries.push(entry);
    else groups.set(key, { ...found, category, entries: [entry] });
  }
  const quotas: QuotaUsage[] = [];
  const issues: LocatedIssue[] = [];
  for (const { rule, scope, category, entries: counted } of groups.values()) {
    const limit =
      rule.limit ??
      (rule.table && rule.tableKey && rule.tableColumns?.[category]
        ? tableLimit(tableRows(rule.table, tables, catalog), rule.tableKey, rule.tableColumns[category], scope)
        : undefined);
    if (limit === undefined) continue;
    const count = counted.length;
    const exceeded = count > limit;
    quotas.push({ scope, category, limit, count, exceeded });
    if (!exceeded) continue;
    const over = counted.slice(limit);
    const column = spec.categoryField && category !== "" ? over[0].columns[spec.categoryField] : undefined;
    issues.push({
      ...issue("quota-exceeded", {
        ...(spec.categoryField && category !== "" ? { field: spec.categoryField } : {}),
        row: over[0].source.row,
        ...(column !== undefined ? { column } : {}),
        rows: over.map(({ source: { path, sheet, row } }) => ({ path, sheet, row })),
        params: { scope, category, count, limit },
      }),
      path: over[0].source.path,
      sheet: over[0].source.sheet,
      ...(over[0].source.table ? { table: true as const } : {}),
    });
  }
  return { quotas, issues };
}
