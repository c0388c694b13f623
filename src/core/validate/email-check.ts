import { isEmail } from "../rules/email";
import type { ValueCheck } from "./check";

/** `invalid-email`: not an e-mail address (the rules' `isEmail`). */
export const checkEmail: ValueCheck = (value) => (isEmail(String(value)) ? undefined : [{ code: "invalid-email" }]);
