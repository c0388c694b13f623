import { isPhone } from "../rules/phone";
import type { ValueCheck } from "./check";

/** `invalid-phone`: not a mobile, landline or local number (the rules' `isPhone`). A number cell is kept as its digits. */
export const checkPhone: ValueCheck = (value) => {
  if (!isPhone(value)) return [{ code: "invalid-phone" }];
  return typeof value === "number" ? [{ rewrite: String(value) }] : undefined;
};
