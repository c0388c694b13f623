import { mobileDigitsOff } from "../rules/phone";
import type { NumberReason, UnreadableReason } from "../model/issue";
import type { MessageArgs, MessageTable } from "./message-table";

const f = (a: MessageArgs) => (a.field ? `"${a.field}"` : "the value");
const v = (a: MessageArgs) => (a.value !== undefined && a.value !== "" ? `"${a.value}"` : "(blank)");
const range = (a: { min?: number; max?: number }) =>
  a.min !== undefined && a.max !== undefined ? ` from ${a.min} to ${a.max}` : a.min !== undefined ? ` of at least ${a.min}` : a.max !== undefined ? ` of at most ${a.max}` : "";
const NUMBER_REASON: Record<NumberReason, string> = {
  "not-a-number": "is not a number",
  "not-whole": "is not a whole number",
  negative: "is negative",
  "below-min": "is below the minimum",
  "above-max": "is above the maximum",
};

/** Why a file could not be read (`unreadable-file`, `params.reason`); see zh-CN.ts. */
/** Archives the reader does not open; see zh-CN.ts. */
const ARCHIVE: Record<string, string> = {
  rar: "a RAR archive cannot be read directly",
  "7z": "a 7z archive cannot be read directly",
  encrypted: "the file is password-protected inside its zip archive",
  nested: "the zip archive holds archives nested more than one level deep",
  method: "the file is compressed in its zip archive with a method that is not supported",
};

const UNREADABLE_REASON: Partial<Record<UnreadableReason, (a: MessageArgs<"unreadable-file">) => string>> = {
  empty: () => "the file is empty; there is nothing to read",
  encrypted: () => "the file is password-protected and cannot be read; remove the password and submit it again",
  corrupt: () => "the file is damaged or incomplete and cannot be read; save or send it again",
  "too-large": (a) => `the file exceeds a reading limit${a.limit ? ` (${a.limit})` : ""} and was not read`,
  "not-spreadsheet": () => "the file is not a spreadsheet or Word document (.xlsx, .xls, .ods, .csv, .docx and .zip archives of them are supported) and cannot be read",
  "word-97": () => "a Word 97–2003 document; save it as .docx and submit it again",
  archive: (a) => `${ARCHIVE[String(a.archive)] ?? "the archive cannot be read directly"}; extract it and roll up the extracted files`,
  "not-found": () => "the file does not exist",
  "is-directory": () => "this is a folder, not a file",
  "no-access": () => "there is no permission to read the file",
};

export const enUS: MessageTable = {
  location: ({ path, sheet, row, column, table }) => {
    const at = row !== undefined && `row ${row}${column ? `, column ${column}` : ""}`;
    if (table) return [path, sheet, at].filter(Boolean).join(" › ");
    return [path, sheet && `sheet ${sheet}`, at].filter(Boolean).join(", ");
  },
  join: (location, sentence) => (location ? `${location}: ${sentence}` : sentence),
  codes: {
    "missing-value": (a) => (a.scope === "column" ? `the required column ${f(a)} is missing` : `${f(a)} is required but empty`),
    "invalid-phone": (a) =>
      `${f(a)} ${v(a)}${a.part && a.part !== a.value ? ` (part "${a.part}")` : ""} is not a valid phone number (expected an 11-digit mobile, or an area code and a 7–8 digit landline such as 0572-2345678)`,
    "invalid-email": (a) => `${f(a)} ${v(a)}${a.part && a.part !== a.value ? ` (part "${a.part}")` : ""} is not a valid e-mail address (expected e.g. name@example.com)`,
    "invalid-postcode": (a) => `${f(a)} ${v(a)} is not a valid postcode (expected six digits)`,
    "invalid-date": (a) => `${f(a)} ${v(a)} is not a valid date (expected e.g. 2026-03-15)`,
    "invalid-number": (a) =>
      `${f(a)} ${v(a)} ${(a.reason && NUMBER_REASON[a.reason]) ?? "is not a valid number"} (expected ${a.type === "integer" ? "a whole number" : "a number"}${range(a)})`,
    "invalid-choice": (a) =>
      a.min !== undefined && a.count !== undefined
        ? `${f(a)} has ${a.count} item(s) ticked; at least ${a.min} are required (${a.expected})`
        : a.reason === "multiple"
          ? `${f(a)} ${v(a)} marks several levels; expected exactly one (${a.expected})`
          : `${f(a)} ${v(a)} is not an allowed value${a.city ? ` (not a district of ${a.city})` : ""}${a.expected ? `; expected one of: ${a.expected}` : ""}`,
    "normalized-value": (a) => `${f(a)} ${v(a)} was read as "${a.to}"`,
    "suspicious-value": (a) => `${f(a)} ${v(a)} is over ${a.limit} ${a.unit ?? ""}; it was probably typed in 元 — check the unit`,
    "duplicate-row": (a) =>
      a.firstRow !== undefined ? `${a.key ?? f(a)} ${v(a)} repeats row ${a.firstRow}` : `${a.key ?? f(a)} ${v(a)} appears ${a.count ?? "several"} times`,
    "stage-regressed": (a) =>
      `${a.school ? `"${a.school}"` : "the school"} went back in ${f(a) === "the value" ? "progress" : f(a)} from stage ${a.earlierStage} (${a.earlierPeriod ?? "earlier"}) to ${a.stage} (${a.period ?? "now"})`,
    "superseded-file": (a) =>
      `${a.school ? `"${a.school}"` : "the school"} is taken from the newer file "${a.file}"; ${a.count ?? "the"} row(s) of the earlier file "${a.earlierFile}" are left out`,
    "quota-exceeded": (a) => `${a.scope ?? "a scope"}${a.category ? ` (${a.category})` : ""} sent ${a.count} entries, over its quota of ${a.limit}`,
    "not-submitted": (a) => `${v(a)} sent no file${a.suggestion ? ` (is it "${a.suggestion}"?)` : ""}`,
    "not-on-roster": (a) => `${v(a)} is not on the roster${a.suggestion ? ` (is it "${a.suggestion}"?)` : ""}`,
    "unknown-layout": (a) =>
      a.reason === "no-table"
        ? "the Word document holds no table, so no layout can be recognised"
        : a.layoutId
        ? `the table's layout is not recognised: closest is "${a.title ?? a.layoutId}", which lacks ${a.missing ? `the column(s) ${a.missing}` : "required columns"}`
        : "the table's layout is not recognised (not a known summary sheet)",
    "unreadable-file": (a) => (a.reason && UNREADABLE_REASON[a.reason]?.(a)) ?? `the file cannot be read${a.detail ? ` (${a.detail})` : ""}`,
  },
  brief: {
    "missing-value": (a) => (a.scope === "column" ? "the column is missing" : "empty"),
    "invalid-phone": (a) => {
      const off = mobileDigitsOff(a.part ?? a.value);
      return off === undefined ? `${v(a)} is not a valid phone number` : off < 0 ? `${-off} digit(s) short` : `${off} digit(s) too many`;
    },
    "invalid-email": (a) => `${v(a)} is not a valid e-mail address`,
    "invalid-postcode": (a) => `${v(a)} is not six digits`,
    "invalid-date": (a) => `${v(a)} is not a date`,
    "invalid-number": (a) => `${v(a)} ${(a.reason && NUMBER_REASON[a.reason]) ?? "is not a valid number"}`,
    "invalid-choice": (a) =>
      a.min !== undefined && a.count !== undefined ? `only ${a.count} item(s) ticked` : a.reason === "multiple" ? "several levels marked" : `${v(a)} is not an allowed value`,
    "normalized-value": (a) => `${v(a)} was read as "${a.to}"`,
    "suspicious-value": (a) => `${v(a)} is over ${a.limit} ${a.unit ?? ""}; check the unit`,
    "duplicate-row": (a) => (a.firstRow !== undefined ? `repeats row ${a.firstRow}` : `${v(a)} appears more than once`),
    "stage-regressed": (a) => `stage went back from ${a.earlierStage} to ${a.stage}`,
    "superseded-file": (a) => `replaced by "${a.file}"`,
    "quota-exceeded": (a) => `${a.count} entries, over the quota of ${a.limit}`,
    "not-submitted": () => "sent no file",
    "not-on-roster": (a) => `${v(a)} is not on the roster`,
    "unknown-layout": () => "the table's layout is not recognised",
    "unreadable-file": (a) => (a.reason && UNREADABLE_REASON[a.reason]?.(a)) ?? "the file cannot be read",
  },
  expected: {
    "missing-value": (a) => (a.scope === "column" ? "add the column as in the notice's template" : "fill it in"),
    "invalid-phone": () => "an 11-digit mobile, or an area code and a 7–8 digit landline such as 0572-2345678",
    "invalid-email": () => "e.g. name@example.com",
    "invalid-postcode": () => "six digits",
    "invalid-date": () => "e.g. 2026-03-15",
    "invalid-number": (a) => `${a.type === "integer" ? "a whole number" : "a number"}${range(a)}`,
    "invalid-choice": (a) =>
      a.min !== undefined && a.count !== undefined ? `at least ${a.min} ticked (${a.expected})` : a.reason === "multiple" ? `exactly one (${a.expected})` : a.expected ? `one of: ${a.expected}` : "",
    "normalized-value": (a) => `"${a.to}"`,
    "suspicious-value": (a) => `an amount in ${a.unit ?? "万元"}`,
    "duplicate-row": () => "each entry on one row only",
    "stage-regressed": (a) => `at least ${a.earlierStage}`,
    "superseded-file": () => "",
    "quota-exceeded": (a) => `at most ${a.limit}`,
    "not-submitted": () => "",
    "not-on-roster": (a) => (a.suggestion ? `the roster's name, e.g. "${a.suggestion}"` : "the school's name as on the roster"),
    "unknown-layout": (a) => (a.layoutId ? `the template of "${a.title ?? a.layoutId}"` : "the template attached to the notice"),
    "unreadable-file": () => "an .xlsx, .xls, .ods or .csv file that opens, without a password",
  },
  feedback: {
    intro: ({ school, title, file, count, due }) =>
      `${school}: your "${title}" (${file}) has ${count} problem(s); please correct and send it again${due ? ` by ${due}` : ""}:`,
    item: ({ sheet, row, field, brief }) => `${sheet ? `sheet "${sheet}" ` : ""}${row !== undefined ? `row ${row} ` : ""}${field ? `${field}: ` : ""}${brief}`,
    more: (count) => `… and ${count} more, see the returned file`,
    due: ({ date, dayOfMonth }) => (date ? date : dayOfMonth !== undefined ? `day ${dayOfMonth} of each month` : undefined),
    missingHeading: (count) => `Sent nothing (${count}; no returned file):`,
    sheetTitle: ({ school, title, count }) => `${school} — ${title}: problems (${count})`,
    sheetHeader: ["No.", "Sheet", "Cell", "Field", "Problem", "Expected", "Severity"],
    severity: { error: "error", warning: "warning" },
  },
};
