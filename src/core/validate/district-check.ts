import { findCity, resolveDistrict } from "../rules/districts";
import type { ValueCheck } from "./check";

/**
 * A district of the sheet's city (or any Zhejiang district when no city is known): `invalid-choice`
 * otherwise; `吴兴` → `吴兴区`, `湖州市吴兴区` → `吴兴区` with `normalized-value`.
 */
export const checkDistrict: ValueCheck = (value, _field, ctx) => {
  const district = resolveDistrict(value, ctx.city);
  if (!district) {
    const city = ctx.city ? findCity(ctx.city) : undefined;
    const expected = city ? [...city.divisions, ...city.zones.map((z) => z.name), "市直属学校"].join("、") : "";
    return [{ code: "invalid-choice", params: { expected, ...(city ? { city: city.name } : {}) } }];
  }
  if (district.normalized || district.name !== value) return [{ code: "normalized-value", rewrite: district.name, params: { to: district.name } }];
  return undefined;
};
