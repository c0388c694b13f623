import type { ValueType } from "../layout/schema";
import type { ValueCheck } from "./check";
import { checkChoice } from "./choice-check";
import { checkContact } from "./contact-check";
import { checkDate } from "./date-check";
import { checkDistrict } from "./district-check";
import { checkEmail } from "./email-check";
import { checkItems } from "./items-check";
import { checkLevel } from "./level-check";
import { checkNumber } from "./number-check";
import { checkPhone } from "./phone-check";
import { checkPostcode } from "./postcode-check";
import { checkStage } from "./stage-check";
import { checkSuspicious } from "./suspicious-check";

/** The checks run on a non-empty value of each value type, in order; the first error stops the rest. */
export const TYPE_CHECKS: Record<ValueType, readonly ValueCheck[]> = {
  text: [],
  integer: [checkNumber, checkSuspicious],
  number: [checkNumber, checkSuspicious],
  phone: [checkPhone],
  email: [checkEmail],
  postcode: [checkPostcode],
  contact: [checkContact],
  choice: [checkChoice],
  district: [checkDistrict],
  stage: [checkStage],
  date: [checkDate],
  level: [checkLevel],
  items: [checkItems],
};
