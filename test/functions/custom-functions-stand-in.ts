/**
 * Node has no `CustomFunctions` global (Excel's runtime provides it). This stands in for the only
 * part the functions use — `CustomFunctions.Error` and `CustomFunctions.ErrorCode` — with the
 * runtime's shape and the ErrorCode values of @types/custom-functions-runtime. Import it first.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

(globalThis as Record<string, unknown>).CustomFunctions = { Error: CustomFunctionsError, ErrorCode };

export { CustomFunctionsError, ErrorCode };

/** `[code, message]` of an Excel error, or the value itself when it is not one. */
export function shown(result: unknown): unknown {
  return result instanceof CustomFunctionsError ? [result.code, result.message] : result;
}
