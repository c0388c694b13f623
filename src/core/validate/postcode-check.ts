import { readPostcode } from "../rules/postcode";
import type { ValueCheck } from "./check";

/** `invalid-postcode`: not six digits; a number that lost its leading 0 is put back (`normalized-value`). */
export const checkPostcode: ValueCheck = (value) => {
  const reading = readPostcode(value);
  if (!reading) return [{ code: "invalid-postcode" }];
  if (reading.normalized) return [{ code: "normalized-value", rewrite: reading.postcode, params: { to: reading.postcode } }];
  return undefined;
};
