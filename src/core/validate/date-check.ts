import { readDate } from "../rules/date";
import type { ValueCheck } from "./check";

/** `invalid-date`: no date; a date written another way (`2026年3月15日`, a serial number) is stored as ISO text, silently. */
export const checkDate: ValueCheck = (value) => {
  const reading = readDate(value);
  if (!reading) return [{ code: "invalid-date" }];
  if (reading.normalized) return [{ rewrite: reading.iso }];
  return undefined;
};
